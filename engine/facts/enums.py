"""Enumerations used by company-level and Alibaba.com facts."""

from __future__ import annotations

from enum import StrEnum

from engine.facts.labels import register_labels


class Region(StrEnum):
    MAINLAND = "mainland"
    HONG_KONG = "hong_kong"
    MACAU = "macau"
    TAIWAN = "taiwan"
    OVERSEAS = "overseas"


register_labels(
    Region,
    {
        "mainland": ("中国大陆", "Mainland China"),
        "hong_kong": ("中国香港", "Hong Kong, China"),
        "macau": ("中国澳门", "Macau, China"),
        "taiwan": ("中国台湾", "Taiwan, China"),
        "overseas": ("境外", "Outside China"),
    },
)


class EntityType(StrEnum):
    ENTERPRISE = "enterprise"
    INDIVIDUAL_BUSINESS = "individual_business"
    INDIVIDUAL = "individual"
    OTHER = "other"


register_labels(
    EntityType,
    {
        "enterprise": ("企业", "Enterprise"),
        "individual_business": ("个体工商户", "Individual business"),
        "individual": ("个人", "Individual"),
        "other": ("其他", "Other"),
    },
)


class MembershipType(StrEnum):
    GOLD_SUPPLIER = "gold_supplier"
    GLOBAL_TREASURE = "global_treasure"
    VERIFIED_SUPPLIER = "verified_supplier"
    CHINA_SUPPLIER = "china_supplier"
    NONE = "none"


register_labels(
    MembershipType,
    {
        "gold_supplier": ("出口通", "Gold Supplier"),
        "global_treasure": ("全球宝", "Global Treasure"),
        "verified_supplier": ("金品诚企", "Verified Supplier"),
        "china_supplier": ("中国供应商（港台）", "China Supplier (Hong Kong / Taiwan)"),
        "none": ("无付费会员", "No paid membership"),
    },
)


class AlibabaIndustry(StrEnum):
    """Alibaba.com level-1 main industries as written in seed 000 clause 8, seed 001's 家纺, and ``other``."""

    AGRICULTURE = "Agriculture"
    FOOD_BEVERAGE = "Food & Beverage"
    APPAREL = "Apparel"
    TEXTILES_LEATHER = "Textiles & Leather Products"
    ELECTRICAL_EQUIPMENT = "Electrical Equipment & Supplies"
    HOME_APPLIANCES = "Home Appliances"
    CHEMICALS = "Chemicals"
    MINERALS_METALLURGY = "Minerals & Metallurgy"
    CONSTRUCTION_REAL_ESTATE = "Construction & Real Estate"
    HOME_GARDEN = "Home & Garden"
    HEALTH_MEDICAL = "Health & Medical"
    GIFTS_CRAFTS = "Gifts & Crafts"
    SPORTS_ENTERTAINMENT = "Sports & Entertainment"
    OFFICE_SCHOOL = "Office & School Supplies"
    PACKAGING_PRINTING = "Packaging & Printing"
    TOYS_HOBBIES = "Toys & Hobbies"
    SECURITY_PROTECTION = "Security & Protection"
    VEHICLES_ACCESSORIES = "Vehicles & Accessories"
    TIMEPIECES_JEWELRY_EYEWEAR = "Timepieces, Jewelry, Eyewear"
    LIGHTS_LIGHTING = "Lights & Lighting"
    MACHINERY = "Machinery"
    CONSUMER_ELECTRONICS = "Consumer Electronics"
    BEAUTY_PERSONAL_CARE = "Beauty & Personal Care"
    RUBBER_PLASTICS = "Rubber & Plastics"
    SHOES_ACCESSORIES = "Shoes & Accessories"
    FASHION_ACCESSORIES = "Fashion Accessories"
    ELECTRONIC_COMPONENTS = "Electronic Components,Accessories & Telecommunications"
    TOOLS_HARDWARE = "Tools & Hardware"
    FURNITURE = "Furniture"
    LUGGAGE_BAGS = "Luggage, Bags & Cases"
    SERVICE_EQUIPMENT = "Service Equipment"
    FABRICATION_SERVICES = "Fabrication Services"
    HOME_TEXTILES = "Home Textiles"  # seed 001 (家纺), not among seed 000's 32 industries
    OTHER = "other"


register_labels(
    AlibabaIndustry,
    {
        "Agriculture": ("农业", "Agriculture"),
        "Food & Beverage": ("食品饮料", "Food & Beverage"),
        "Apparel": ("服装", "Apparel"),
        "Textiles & Leather Products": ("纺织皮革", "Textiles & Leather Products"),
        "Electrical Equipment & Supplies": ("电工电气", "Electrical Equipment & Supplies"),
        "Home Appliances": ("家用电器", "Home Appliances"),
        "Chemicals": ("化工", "Chemicals"),
        "Minerals & Metallurgy": ("矿产冶金", "Minerals & Metallurgy"),
        "Construction & Real Estate": ("建筑建材", "Construction & Real Estate"),
        "Home & Garden": ("家居园艺", "Home & Garden"),
        "Health & Medical": ("医疗保健", "Health & Medical"),
        "Gifts & Crafts": ("礼品工艺品", "Gifts & Crafts"),
        "Sports & Entertainment": ("运动娱乐", "Sports & Entertainment"),
        "Office & School Supplies": ("办公文教", "Office & School Supplies"),
        "Packaging & Printing": ("包装印刷", "Packaging & Printing"),
        "Toys & Hobbies": ("玩具", "Toys & Hobbies"),
        "Security & Protection": ("安全防护", "Security & Protection"),
        "Vehicles & Accessories": ("汽车及配件", "Vehicles & Accessories"),
        "Timepieces, Jewelry, Eyewear": ("钟表珠宝眼镜", "Timepieces, Jewelry, Eyewear"),
        "Lights & Lighting": ("灯具照明", "Lights & Lighting"),
        "Machinery": ("机械", "Machinery"),
        "Consumer Electronics": ("消费电子", "Consumer Electronics"),
        "Beauty & Personal Care": ("美容个护", "Beauty & Personal Care"),
        "Rubber & Plastics": ("橡塑", "Rubber & Plastics"),
        "Shoes & Accessories": ("鞋及配件", "Shoes & Accessories"),
        "Fashion Accessories": ("时尚配饰", "Fashion Accessories"),
        "Electronic Components,Accessories & Telecommunications": (
            "电子元器件及通讯",
            "Electronic Components, Accessories & Telecommunications",
        ),
        "Tools & Hardware": ("五金工具", "Tools & Hardware"),
        "Furniture": ("家具", "Furniture"),
        "Luggage, Bags & Cases": ("箱包", "Luggage, Bags & Cases"),
        "Service Equipment": ("商业服务设备", "Service Equipment"),
        "Fabrication Services": ("加工服务", "Fabrication Services"),
        "Home Textiles": ("家纺", "Home Textiles"),
        "other": ("其他行业", "Other industry"),
    },
)


class BusinessType(StrEnum):
    """Alibaba.com business type (经营模式) as stated in the Verified / on-site verification report."""

    MANUFACTURER = "manufacturer"
    TRADING_COMPANY = "trading_company"
    MANUFACTURER_TRADING = "manufacturer_trading"
    OTHER = "other"


register_labels(
    BusinessType,
    {
        "manufacturer": ("工厂", "Manufacturer"),
        "trading_company": ("贸易公司", "Trading company"),
        "manufacturer_trading": ("工贸一体", "Manufacturer and trading company"),
        "other": ("其他", "Other"),
    },
)

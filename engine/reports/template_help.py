"""Words of the intake template: format hints per fact kind and the instructions sheet."""

from __future__ import annotations

from engine.i18n import Lang, Text

HINTS: dict[str, Text] = {
    "str": Text(zh="文字", en="Text"),
    "bool": Text(zh="是 / 否 / 未知", en="yes / no / unknown"),
    "int": Text(zh="整数", en="Whole number"),
    "decimal": Text(zh="数字", en="Number"),
    "date": Text(zh="日期 YYYY-MM-DD", en="Date YYYY-MM-DD"),
    "datetime": Text(zh="日期时间 YYYY-MM-DDTHH:MM+08:00", en="Date-time YYYY-MM-DDTHH:MM+08:00"),
    "enum": Text(zh="从下拉列表中选择", en="Choose from the list"),
    "list_date": Text(zh="一个或多个日期，用分号分隔：2019-04-15; 2019-10-15；没有请填“无”",
                      en="One or more dates separated by semicolons: 2019-04-15; 2019-10-15; “none” if none"),
    "list_enum": Text(zh="一个或多个选项，用分号分隔；没有请填“无”", en="One or more options separated by semicolons; "
                      "“none” if none"),
    "list_str": Text(zh="用分号分隔；没有请填“无”", en="Separated by semicolons; “none” if none"),
    "list_int": Text(zh="整数，用分号分隔；没有请填“无”", en="Whole numbers separated by semicolons; “none” if none"),
    "list_decimal": Text(zh="数字，用分号分隔；没有请填“无”", en="Numbers separated by semicolons; “none” if none"),
}

_INSTRUCTIONS = [
    Text(zh="1. 在“商家信息”表中每个商家填写一行，从第 4 行开始。", en="1. One row per merchant on the “Merchants” "
         "sheet, starting at row 4."),
    Text(zh="2. 不知道的信息请留空或填“未知”。留空表示未知，不会被当作“否”。",
         en="2. Leave a cell empty (or write “unknown”) when you do not know. Empty means unknown, never “no”."),
    Text(zh="3. 是/否 和 选项类字段请用下拉列表选择。日期写成 2019-04-15。",
         en="3. Use the dropdowns for yes/no and option fields. Write dates as 2019-04-15."),
    Text(zh="4. 多个日期用分号分隔，例如 2019-04-15; 2019-10-15；一个也没有请填“无”。",
         en="4. Separate several dates with semicolons, e.g. 2019-04-15; 2019-10-15; write “none” if there are none."),
    Text(zh="5. 表头上的批注说明每个字段的含义。请不要删除或移动列，第 1 行（隐藏）用于导入。",
         en="5. The comments on the headers explain each field. Do not delete or move columns; the hidden row 1 is "
         "used on import."),
    Text(zh="6. 导入时会逐行检查；有任何问题时不会导入任何商家，并列出每个问题所在的行、列和原因。",
         en="6. Import checks every row; if anything is wrong nothing is imported and every problem is listed by "
         "row, column and reason."),
]


def instructions(lang: Lang) -> list[str]:
    return [t.get(lang) for t in _INSTRUCTIONS]

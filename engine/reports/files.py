"""Safe file handling: atomic writes next to the target, and checks on untrusted workbooks before parsing."""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from engine.i18n import Text
from engine.reports.errors import ReportError
from engine.reports.xmltext import xml_safe

#: Limits for workbooks we did not write. A real intake file is far below each of them.
MAX_ENTRIES = 2000
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes, all entries together
MAX_RATIO = 200  # uncompressed / compressed, per entry larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024


def _locked(path: Path) -> ReportError:
    return ReportError(Text(
        zh=f"无法写入 {path}：文件可能已在 Excel 或 WPS 中打开，请关闭后重试，或另存为其他文件名",
        en=f"cannot write {path}: the file may be open in Excel or WPS; close it and try again, "
        "or save under another name",
    ))


def _os_error(path: Path, exc: OSError) -> ReportError:
    reason = exc.strerror or str(exc)
    return ReportError(Text(zh=f"无法写入 {path}:{reason}", en=f"cannot write {path}: {reason}"))


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once at import: os.umask is process-wide, so never toggled from worker threads


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it is renamed over ``path``.

    On any error the temporary file is removed and ``path`` is left as it was, so a crash or a full disk
    never leaves a half-written file under the user's chosen name.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise ReportError(Text(zh=f"文件夹不存在：{folder}", en=f"folder does not exist: {folder}"))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise ReportError(Text(zh=f"没有权限写入文件夹 {folder}", en=f"no permission to write to {folder}")) from None
    except OSError as exc:
        raise _os_error(path, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    with contextlib.suppress(OSError):  # mkstemp makes 0600; give the file the mode a new file would have
        tmp.chmod(path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_UMASK)
    try:
        yield tmp
        try:
            tmp.replace(path)  # os.replace: atomic within one folder
        except PermissionError:
            raise _locked(path) from None
        except OSError as exc:
            raise _os_error(path, exc) from None
    except OSError as exc:
        raise _os_error(path, exc) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def save_atomic(path: Path, save: Callable[[Path], Any]) -> Path:
    """Call ``save(tmp_path)`` and move the result into place atomically."""
    with atomic_target(path) as tmp:
        save(tmp)
    return Path(path)


_PROPERTIES = ("title", "subject", "creator", "description", "keywords", "category", "lastModifiedBy",
               "identifier", "language", "contentStatus", "version", "revision")


def save_workbook(wb: Any, path: Path) -> Path:
    """Save an openpyxl workbook to ``path`` atomically: every document property XML-safe, and on any error
    (a full disk) the half-written zip abandoned at once, so nothing tries to finish it later (no
    ``Exception ignored ... ENOSPC`` after the message) and ``path`` is left as it was."""
    for name in _PROPERTIES:
        value = getattr(wb.properties, name, None)
        if isinstance(value, str):
            setattr(wb.properties, name, xml_safe(value))
    with atomic_target(path) as tmp:
        _write_zip(wb, tmp)
    return Path(path)


def _write_zip(wb: Any, target: Path) -> None:
    """openpyxl's ``save_workbook`` with the zip file and its file object owned here."""
    from openpyxl.writer.excel import ExcelWriter

    if wb.write_only and not wb.worksheets:
        wb.create_sheet()
    wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    fh = target.open("wb")
    archive = zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()  # writes every part and closes the archive
    except BaseException:
        archive.fp = None  # abandoned: the temporary file is removed by atomic_target
        with contextlib.suppress(OSError):
            fh.close()  # what could not be flushed is dropped here, not at exit
        raise
    fh.close()  # a last flush that fails is an error like any other write


def _refuse(path: Path, zh: str, en: str) -> ReportError:
    return ReportError(Text(zh=f"{path.name}:{zh}", en=f"{path.name}: {en}"))


#: The first bytes of an OLE2 compound file: an Excel 97-2003 workbook (.xls), or a workbook saved with a
#: password to open, which Excel wraps in such a file around an "EncryptedPackage" stream.
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_SCAN = 16 * 1024 * 1024  # bytes searched for the stream's name (its directory entry comes early)


def _refuse_office_binary(path: Path) -> None:
    """Say what an OLE2 file is and what to do, instead of "not an Excel workbook"."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(OLE2)) != OLE2:
                return
            encrypted = _ENCRYPTED in fh.read(_SCAN)
    except OSError:
        return
    if encrypted:
        raise _refuse(path, "工作簿设有打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开，取消密码（文件 ▸ 信息 ▸ "
                            "保护工作簿 ▸ 用密码进行加密，清空密码），保存后再导入",
                      "the workbook is protected with a password to open (encrypted) and cannot be read. Open it in "
                      "Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, "
                      "clear it), save, and import it again")
    raise _refuse(path, "这是旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 WPS 中打开，"
                        "另存为“Excel 工作簿（.xlsx）”后再导入",
                  "this is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS, save it as an Excel "
                  "Workbook (.xlsx), and import that file")


def check_workbook_file(path: Path) -> None:
    """Refuse anything that is not a plausible .xlsx before an XML parser sees it."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "文件不存在", "file not found")
    _refuse_office_binary(path)
    if not zipfile.is_zipfile(path):
        raise _refuse(path, "不是 Excel 工作簿（.xlsx）文件", "not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(path, "文件已损坏，无法读取", "the file is damaged and cannot be read") from None
    if len(infos) > MAX_ENTRIES:
        raise _refuse(path, f"包含的部件过多（{len(infos)} 个），拒绝读取",
                      f"contains too many parts ({len(infos)}); refused")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise _refuse(path, f"解压后过大（{total // 2**20} MB），拒绝读取（可能是压缩炸弹）",
                      f"too large when unpacked ({total // 2**20} MB); refused (possible zip bomb)")
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(path, "压缩比异常，拒绝读取（可能是压缩炸弹）",
                          "abnormal compression ratio; refused (possible zip bomb)")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise _refuse(path, "不是 Excel 工作簿（.xlsx）文件", "not an Excel workbook (.xlsx)")

"""Fill a Qt Linguist .ts file from a table of translations (source text -> translation).

    python resources/i18n/apply_translations.py chancery_fr.ts TABLE.py [TABLE.py …]

Each TABLE.py defines ``T`` (source -> text), optionally ``N`` (source ->
plural forms) and ``PREFIX`` (source prefix -> text, for long sources).  Only
messages still marked unfinished are filled, so translations edited in Qt
Linguist are kept.  Used to seed the French file; afterwards edit the .ts in
Linguist and run ``update.sh``.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, tables: list[str]) -> int:
    single: dict[str, str] = {}
    plural: dict[str, tuple[str, ...]] = {}
    prefix: dict[str, str] = {}
    for table in tables:
        values = runpy.run_path(table)
        single.update(values.get("T", {}))
        plural.update(values.get("N", {}))
        prefix.update(values.get("PREFIX", {}))
    tree = ET.parse(ts_path)
    filled = missing = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text or ""
        if message.get("numerus") == "yes":
            forms = plural.get(source)
            if not forms:
                missing += 1
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            text = single.get(source) or next((v for k, v in prefix.items() if source.startswith(k)), None)
            if text is None:
                missing += 1
                print(f"untranslated: {source[:70]!r}", file=sys.stderr)
                continue
            translation.text = text
        del translation.attrib["type"]
        filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    print(f"{ts_path}: {filled} filled, {missing} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))

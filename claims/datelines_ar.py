"""The wire datelines and bylines that open an Arabic lead sentence before its verb
(claims.attribution_ar reads the verb after them)."""
from __future__ import annotations

import re

# A wire dateline before the lead sentence: "الكويت - 22 - 11 (كونا) --", "بيروت (رويترز) -".
DATELINE = re.compile(
    r"^\s*(?:[^\s\d()«»\"|-]+\s+){0,2}[^\s\d()«»\"|-]+\s*\|\|\s*"  # "رام الله|| أدانت"
    r"|^\s*(?:[^\s\d()«»\"-]+\s+){0,2}[^\s\d()«»\"-]+\s*"
    r"(?:(?:[-–—/]\s*\d{1,4}\s*){1,3}(?:\([^()]{1,30}\)\s*)?|\([^()]{1,30}\)\s*)(?:--|[-–—:])\s*"
    r"|^\s*(?:[^\s\d()«»\"-]++(?:[ \t]+[^\s\d()«»\"-]++)?[ \t]*[-–—][ \t]*){2,3}"  # "رام الله- عمان- معا-"
    r"|^\s*(?:date \d{4}-\d\d-\d\d\s+)?(?:ال[^\s\d()«»\"-]+[ \t]+)?[^\s\d()«»\"-]+[-–—][ \t]+"
    # "المركزية- أعلن", "الوكيل الإخباري- قال" (a site's two words, the first with its article)
    r"|^\s*(?:[^\s\d()«»\"/-]+[ \t]+)?[^\s\d()«»\"/.-]{2,}/[ \t]+"  # "السعودية/ كشفت", not "أ.د/"
    r"|^\s*(?:[^\s\d()«»\"/-]+[ \t]+)?[^\s\d()«»\"/-]+/[A-Za-z]{2,10}[ \t]*[-–—][ \t]*"  # "رام
    # الله/PNN-أكد": a place and an agency's Latin initials
    # a place, a time and the writer: "الدمام في الثلاثاء 29 يوليو 2025 10:44 صباحا كتب شريف احمد -"
    r"|^[^-–—\n]{0,80}?(?<!\S)(?:كتب|كتبت|بقلم)[ \t]+(?:[^\s\d()«»\"-]+[ \t]+){0,3}"
    r"[^\s\d()«»\"-]+[ \t]*[-–—][ \t]*"
    # a place, a day and the agency between slashes: "العاصمة الإدارية الجديدة في 31 يوليو/أ ش أ/"
    r"|^\s*(?:[^\s\d()«»\"/-]+[ \t]+){0,4}في[ \t]+\d{1,2}[ \t]+[^\s\d/]+[ \t]*/[^/\n]{1,12}/[ \t]*"
    # a place, a date and the agency it came through: "رام الله 9-5-2023 - نقلاً عن وكالة وفا-"
    r"|^\s*(?:[^\s\d()«»\"-]+[ \t]+){0,2}[\d\-/]{6,10}[ \t]*[-–—][ \t]*نقلا[ \t]+عن[ \t]+"
    r"(?:[^\s\d()«»\"-]+[ \t]+)?[^\s\d()«»\"-]+[ \t]*[-–—][ \t]*"
)

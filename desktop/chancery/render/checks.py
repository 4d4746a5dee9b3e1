"""Generic checks of a communiqué's wording: the faults an editor strikes out first.

``check_communique(meeting, lang, doc)`` returns the problems found in a
realised communiqué (``doc`` as :func:`chancery.render.prose.communique`
returns it), each one line naming the check and quoting the place:

- ``repeated-word``: a word twice in a row ("le le");
- ``repeated-sequence``: four or more words repeated inside one sentence;
- ``demonym-and-country``: a demonym followed by the same country's name
  ("le président ouzbek de la République d'Ouzbékistan");
- ``also-twice``: "also" / "également" more than once in a sentence;
- ``same-opening``: two consecutive sentences starting with the same three words;
- ``meeting-noun``: the meeting's noun ("entretien téléphonique", "phone
  call") more than twice in the body (the lead excluded);
- ``document-before-signing``: "ce mémorandum" / "this programme" before the
  signing is stated;
- ``full-name``: a principal's full name (with the title) more than twice.

Russian nouns and names are counted in every case (by stem); "а также" is a
conjunction, not a second "также".

Used by the tests over every fixture and demo meeting, and by
``benchmarks/communique_checks.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import fold
from . import lexicon, reference
from .facts import FAMILY_NAME_FIRST

ABBREVIATIONS = {"m", "mm", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "mme", "mmes", "no", "u.s", "u.k", "e.u",
                 "г", "гг", "т.е", "т.д", "т.п", "г-н", "г-жа"}
ALLOWED_REPEATS = {"nous", "vous", "that", "had"}
MEETING_NOUNS = {
    "fr": {"phone_call": ["entretien téléphonique"], "videoconference": ["visioconférence"],
           "political_consultations": ["consultations politiques"], "*": ["entretien"]},
    "en": {"phone_call": ["telephone conversation", "phone call"], "videoconference": ["videoconference"],
           "political_consultations": ["political consultations"], "*": ["talks"]},
    # Russian nouns are matched in every case (by stem): "телефонного разговора".
    "ru": {"phone_call": ["телефонный разговор"], "videoconference": ["видеоконференция"],
           "political_consultations": ["политические консультации"],
           "official_visit": ["переговоры"], "working_visit": ["переговоры"], "state_visit": ["переговоры"],
           "*": ["встреча"]},
}


def _stem(word: str) -> str:
    stem = word.rstrip("аеёиоуыэюяйь")
    return stem if len(stem) >= 3 else word


def phrase_pattern(phrase: str, lang: str) -> str:
    """A regular expression for a phrase, in any case when the language inflects its nouns."""
    folded = fold(phrase).split()
    if lexicon.language(lang).get("inflected"):
        return r"\b" + r"\s+".join(re.escape(_stem(w)) + r"\w*" for w in folded) + r"\b"
    return r"\b" + re.escape(" ".join(folded)) + r"\b"


def without_conjunctions(text: str, lang: str) -> str:
    """The text without phrases that contain an "also" word but do not mean it (Russian "а также")."""
    for phrase in lexicon.language(lang).get("not_also") or []:
        text = re.sub(rf"(?i)\b{re.escape(str(phrase))}\b", " ", text)
    return text


@dataclass(frozen=True)
class Problem:
    check: str
    where: str

    def __str__(self) -> str:
        return f"{self.check}: {self.where}"


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (not after "M.", "Mr", initials)."""
    out, start = [], 0
    for match in re.finditer(r"[.!?…]['’»”\"]?(?= +[«“\"A-ZÀ-ÖØ-ÞА-ЯЁ0-9])", text):
        before = re.findall(r"([\w.]+)[.!?…]['’»”\"]?$", text[start:match.end()])
        word = (before[0] if before else "").lower().rstrip(".")
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        out.append(text[start:match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text.lower())


QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def unquoted(text: str) -> str:
    """The sentence without quoted titles and quotations (exact wording the engine does not choose)."""
    return QUOTED.sub(" \u2026 ", text)


def _country_forms(code: str, lang: str) -> tuple[list[str], list[str]]:
    """(demonyms, names) of a country in ``lang``, folded."""
    grammar = reference.grammar(code)
    if lang == "fr":
        demonyms = list((grammar.get("fr_demonym") or {}).values())
        names = [grammar.get("name_fr"), grammar.get("fr_formal")]
    elif lang == "ru":
        demonyms = list((grammar.get("ru_adjective") or {}).values())
        names = [grammar.get("name_ru"), grammar.get("ru_formal")]
    else:
        demonyms = [grammar.get("en_adjective")]
        names = [grammar.get("name_en"), grammar.get("en_formal")]
    return ([fold(d) for d in demonyms if d], [fold(n) for n in names if n])


def check_communique(meeting: dict, lang: str, doc: dict) -> list[Problem]:
    lang = lang.split("-")[0]
    problems: list[Problem] = []
    body = [doc.get("lead") or "", *(doc.get("paragraphs") or [])]
    all_sentences = [s for paragraph in body for s in sentences(paragraph)]
    also = [fold(w) for w in lexicon.also_words(lang)]
    countries: set[str] = {str(p["country"]) for p in meeting.get("participants") or []
                           if isinstance(p, dict) and p.get("country")}
    forms = {code: _country_forms(code, lang) for code in countries}
    # Typed titles are exact: two participants' titles may share words ("… of the Ministry of Foreign Affairs").
    title_grams: list[set[tuple[str, ...]]] = []
    for person in meeting.get("participants") or []:
        title = person.get("title") if isinstance(person, dict) else None
        title = title.get(lang) if isinstance(title, dict) else title
        if isinstance(title, str):
            tokens = words(title)
            title_grams.append({tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)})
    shared_title_grams = {g for i, a in enumerate(title_grams) for b in title_grams[i + 1:] for g in a & b}

    for sentence in all_sentences:
        for match in re.finditer(r"(?<![\w’'-])([\w’'-]+)[ \u00a0]+\1(?![\w’'-])", sentence.lower()):
            word = match.group(1)
            if word not in ALLOWED_REPEATS and not word.isdigit():
                problems.append(Problem("repeated-word", f"“{match.group(0)}” in: {sentence}"))
        tokens = words(unquoted(sentence))
        seen: dict[tuple, int] = {}
        for i in range(len(tokens) - 3):
            gram = tuple(tokens[i:i + 4])
            if gram in seen and i - seen[gram] >= 4 and gram not in shared_title_grams:
                problems.append(Problem("repeated-sequence", f"“{' '.join(gram)}” twice in: {sentence}"))
                break
            seen.setdefault(gram, i)
        folded_tokens = [w for t in tokens for w in re.split(r"'", fold(t)) if w]
        plain = without_conjunctions(unquoted(sentence), lang)
        also_tokens = [w for t in words(plain) for w in re.split(r"'", fold(t))]
        if sum(1 for t in also_tokens if t in also) > 1:
            problems.append(Problem("also-twice", sentence))
        if lang == "ru":
            # "кыргызский министр иностранных дел Кыргызстана": the adjective and the name in one phrase.
            for _code, (demonyms, names) in forms.items():
                adjective_stems = {_stem(d)[:-1] for d in demonyms if len(d) > 5}
                name_stems = {_stem(w) for n in names for w in n.split() if w not in ("республика", "федерация")}
                for i, token in enumerate(folded_tokens):
                    if _stem(token) in name_stems:
                        continue  # the name itself ("Саудовской Аравии", "в Кыргызстане"), not its adjective
                    if any(token.startswith(a) for a in adjective_stems):
                        following = folded_tokens[i + 1:i + 6]
                        if any(w.startswith(n) for w in following for n in name_stems):
                            problems.append(Problem("demonym-and-country", sentence))
                            break
            continue
        for _code, (demonyms, names) in forms.items():
            for i, token in enumerate(folded_tokens):
                if token in demonyms:
                    following = folded_tokens[i + 1:i + 11]
                    # The country named as a complement of the same noun phrase: "… of the Republic of X".
                    genitive = [j for j, w in enumerate(following[:4]) if w in ("of", "de", "d", "du")]
                    if not genitive:
                        continue
                    window = " ".join(following[genitive[0]:genitive[0] + 7])
                    for name in names:
                        distinctive = [w for w in re.findall(r"\w+", name)
                                       if w not in ("republique", "republic", "of", "the", "de", "la", "d", "l", "du")]
                        if distinctive and all(w in window.split() for w in distinctive):
                            problems.append(Problem("demonym-and-country", sentence))
                            break

    for first, second in zip(all_sentences, all_sentences[1:], strict=False):
        a, b = words(first)[:3], words(second)[:3]
        if len(a) == 3 and a == b:
            problems.append(Problem("same-opening", f"{first} | {second}"))

    kind = meeting.get("kind") or "bilateral_meeting"
    nouns = MEETING_NOUNS.get(lang, {})
    body_text = fold(" ".join(doc.get("paragraphs") or []))
    for noun in nouns.get(kind, nouns.get("*", [])):
        count = len(re.findall(phrase_pattern(noun, lang), body_text))
        if count > 2:
            problems.append(Problem("meeting-noun", f"“{noun}” {count} times in the body"))

    titles = []
    for document in meeting.get("documents_signed") or []:
        if isinstance(document, dict):
            title = document.get("title")
            title = title.get(lang) if isinstance(title, dict) else title
            if title:
                key = fold(title)
                if lexicon.language(lang).get("inflected") and " " in key:
                    key = key.split(" ", 1)[1]  # the head word is declined in the sentence
                titles.append(key[:40])
    if titles:
        nouns_signed = []
        for document in meeting.get("documents_signed") or []:
            if isinstance(document, dict) and document.get("type"):
                label = reference.label("document_type", document["type"], lang).lower()
                nouns_signed += [label, label.split()[0]]
        pattern = lexicon.document_reference(lang, nouns_signed)
        for sentence in all_sentences:
            if any(t in fold(sentence) for t in titles):
                break
            if pattern and re.search(pattern, sentence, re.IGNORECASE):
                problems.append(Problem("document-before-signing", sentence))
                break

    text = " ".join(body)
    for person in meeting.get("participants") or []:
        if not isinstance(person, dict) or person.get("role") != "principal":
            continue
        raw = person.get("name")
        full_name = raw.get(lang) if isinstance(raw, dict) else raw
        if lang == "ru" and person.get("country") in FAMILY_NAME_FIRST:
            continue  # a Chinese or Korean name is its own short form in Russian ("Ван И заявил")
        if isinstance(full_name, str) and full_name and len(full_name.split()) > 1:
            count = len(re.findall(phrase_pattern(full_name, lang), fold(text)))
            if count > 2:
                problems.append(Problem("full-name", f"“{full_name}” {count} times"))
    return problems

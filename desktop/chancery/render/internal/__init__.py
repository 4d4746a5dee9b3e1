"""The internal documents: the briefing note (before a meeting) and the record
of conversation (after it).

    briefing.build_brief(meeting, lang, wording, doc, archive=, settings=) -> the template's ``brief``
    conversation.build_conversation(meeting, lang, wording, doc)            -> the template's ``conversation``

Modules: ``common`` (marking, people, delegations, heading), ``briefing``,
``conversation``, ``wording`` (the one bridge to the wording engine) and one
module per language, ``fr`` and ``en``, holding every word these documents
print besides the engine's sentences and the templates' fixed headings.  A
new language is one more module with the same names (``WORDS``,
``KIND_SHORT``, ``VISITS``, ``purpose``, ``open_invitation``…) registered in
``common.LANGUAGES``, plus its templates.

The archive's history of the counterpart comes from
:mod:`chancery.store.history`.
"""

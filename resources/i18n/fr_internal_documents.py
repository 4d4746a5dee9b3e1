"""French for the interface strings of the internal documents' fields (issue 11).

    python resources/i18n/apply_translations.py resources/i18n/chancery_fr.ts resources/i18n/fr_internal_documents.py

after ``resources/i18n/update.sh`` has extracted them (then ``update.sh --release``).
"""

T = {
    "a service or a person": "un service ou une personne",
    "Who follows this up; printed in the record of conversation's follow-up table":
        "Qui assure le suivi ; figure dans le tableau des suites à donner du compte rendu d’entretien",
    "Done": "Fait",
    "Done steps are no longer listed as open in later briefing notes":
        "Une étape faite n’est plus signalée comme en attente dans les notes suivantes",
    "Owner:": "Responsable :",
    "One recipient per line": "Un destinataire par ligne",
    "Who receives the record of conversation; printed at its end":
        "Les destinataires du compte rendu d’entretien, imprimés à la fin",
    "&Distribution:": "&Diffusion :",
    "Briefing note &heading:": "En-tête de la &note :",
    "The line above a briefing note's subject, e.g. \"Note pour le Ministre\". "
    "Leave empty to address each note to the office of our principal.":
        "La ligne au-dessus de l’objet d’une note, par exemple « Note pour le Ministre ». "
        "Laisser vide pour adresser chaque note à la fonction de notre chef de délégation.",
}

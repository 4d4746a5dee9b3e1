<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnniversariesEditor</name>
    <message>
        <source>Add anniversar&amp;y</source>
        <translation>A&amp;jouter un anniversaire</translation>
    </message>
    <message>
        <source>No anniversary mentioned.</source>
        <translation>Aucun anniversaire mentionné.</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>Su&amp;ggérer</translation>
    </message>
    <message>
        <source>Add the next round anniversary of diplomatic relations between our country and the counterpart&apos;s, from the reference data</source>
        <translation>Ajouter le prochain anniversaire rond des relations diplomatiques entre notre pays et celui de l’interlocuteur, d’après les données de référence</translation>
    </message>
    <message>
        <source>Record the Date…</source>
        <translation>Indiquer la date…</translation>
    </message>
    <message>
        <source>Record when the two countries established diplomatic relations; kept with the archive and used from then on</source>
        <translation>Indiquer quand les deux pays ont établi des relations diplomatiques ; la date est conservée avec les archives et utilisée ensuite</translation>
    </message>
    <message>
        <source>Set the country of each side&apos;s principal (and our country in Settings) first.</source>
        <translation>Indiquez d’abord le pays du chef de chaque délégation (et notre pays dans les Paramètres).</translation>
    </message>
    <message>
        <source>No date of diplomatic relations between {} and {} is known yet: record it once, and Suggest will use it from then on.</source>
        <translation>La date d’établissement des relations diplomatiques entre {} et {} n’est pas encore connue : indiquez-la une fois, Suggérer l’utilisera ensuite.</translation>
    </message>
    <message>
        <source>Relations established {}: the {}th anniversary falls in {}.</source>
        <translation>Relations établies en {} : le {}e anniversaire tombe en {}.</translation>
    </message>
</context>
<context>
    <name>AnniversaryRow</name>
    <message>
        <source>anniversary</source>
        <translation>anniversaire</translation>
    </message>
    <message>
        <source>Anniversary of…</source>
        <translation>Anniversaire de…</translation>
    </message>
    <message>
        <source>Ordinal:</source>
        <translation>Rang :</translation>
    </message>
    <message>
        <source>Of:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Details were written to %2.</source>
        <translation>Une erreur s’est produite : %1

Les détails ont été écrits dans %2.</translation>
    </message>
</context>
<context>
    <name>ArchiveChoice</name>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>server: %1 on %2 (user %3)</source>
        <translation>serveur : %1 sur %2 (utilisateur %3)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>&amp;This computer (the archive file in the archive folder)</source>
        <translation>&amp;Cet ordinateur (le fichier d’archives dans le dossier des archives)</translation>
    </message>
    <message>
        <source>A &amp;server shared by your office (PostgreSQL)</source>
        <translation>Un &amp;serveur partagé par votre service (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. archive.mfa.example</source>
        <translation>p. ex. archives.mae.exemple</translation>
    </message>
    <message>
        <source>if the server offers it</source>
        <translation>si le serveur le propose</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>required, and the server&apos;s certificate checked</source>
        <translation>obligatoire, avec vérification du certificat du serveur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>Chi&amp;ffrement (SSL) :</translation>
    </message>
    <message>
        <source>Chancery does not store passwords. Keep yours in the system keyring, or in your PostgreSQL password file (~/.pgpass).</source>
        <translation>Chancery n’enregistre pas les mots de passe. Gardez le vôtre dans le trousseau du système ou dans votre fichier de mots de passe PostgreSQL (~/.pgpass).</translation>
    </message>
    <message>
        <source>Keep Password in &amp;Keyring…</source>
        <translation>Garder le mot de passe dans le &amp;trousseau…</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>The choice takes effect the next time Chancery starts.</source>
        <translation>Ce choix prendra effet au prochain démarrage de Chancery.</translation>
    </message>
    <message>
        <source>Keep Password in Keyring</source>
        <translation>Garder le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe de %1 :</translation>
    </message>
    <message>
        <source>The password is in the system keyring.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>you may change it</source>
        <translation>vous pouvez le modifier</translation>
    </message>
    <message>
        <source>read-only for you</source>
        <translation>en lecture seule pour vous</translation>
    </message>
    <message>
        <source>Connected to %1: %2 meeting(s); %3.</source>
        <translation>Connecté à %1 : %2 réunion(s) ; %3.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Principals</source>
        <translation>Chefs de délégation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>ArchivePresence</name>
    <message>
        <source>offline copy of %1</source>
        <translation>copie hors ligne de %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>The archive this window shows (Settings ▸ Archive chooses another)</source>
        <translation>Les archives que montre cette fenêtre (Paramètres ▸ Archives pour en choisir d’autres)</translation>
    </message>
    <message>
        <source>Read-only archive</source>
        <translation>Archives en lecture seule</translation>
    </message>
    <message>
        <source>Take a Copy &amp;Offline…</source>
        <translation>Prendre une copie &amp;hors ligne…</translation>
    </message>
    <message>
        <source>Write a read-only copy of this server archive on this computer, for travel</source>
        <translation>Écrire sur cet ordinateur une copie en lecture seule des archives du serveur, pour les déplacements</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>, internal section restricted</source>
        <translation>, partie interne réservée</translation>
    </message>
    <message>
        <source>Archive: %1 (%2, %3)</source>
        <translation>Archives : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Offline copy of %1, taken %2 (read-only)</source>
        <translation>Copie hors ligne de %1, prise le %2 (lecture seule)</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archives : %1</translation>
    </message>
    <message>
        <source>Read-only: this is an offline copy of %1 taken %2. Changes are made on the server; refresh the copy there with File ▸ Take a Copy Offline.</source>
        <translation>Lecture seule : ceci est une copie hors ligne de %1 prise le %2. Les modifications se font sur le serveur ; actualisez la copie depuis celui-ci avec Fichier ▸ Prendre une copie hors ligne.</translation>
    </message>
    <message>
        <source>Read-only: your account (%1) may read this archive but not change it. Ask your administrator for editor access.</source>
        <translation>Lecture seule : votre compte (%1) peut lire ces archives mais pas les modifier. Demandez à votre administrateur un accès de rédacteur.</translation>
    </message>
    <message>
        <source>The internal section (objectives, talking points, sensitivities, clearances) is restricted: your account may not read it. Ask your administrator for internal access if you need it.</source>
        <translation>La partie interne (objectifs, éléments de langage, points sensibles, validations) est réservée : votre compte ne peut pas la lire. Demandez un accès interne à votre administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>&amp;Internal (restricted)</source>
        <translation>&amp;Interne (réservé)</translation>
    </message>
    <message>
        <source>Restricted: ask your administrator for internal access</source>
        <translation>Réservé : demandez un accès interne à votre administrateur</translation>
    </message>
    <message>
        <source>Copying %1 to this computer…</source>
        <translation>Copie de %1 sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take a Copy Offline</source>
        <translation>Prendre une copie hors ligne</translation>
    </message>
    <message>
        <source>Offline copy written to %1 (read-only). Open it with Settings ▸ Archive ▸ This computer, or chancery --archive %1.</source>
        <translation>Copie hors ligne écrite dans %1 (lecture seule). Ouvrez-la avec Paramètres ▸ Archives ▸ Cet ordinateur, ou chancery --archive %1.</translation>
    </message>
    <message>
        <source>The offline copy was not written: %1</source>
        <translation>La copie hors ligne n’a pas été écrite : %1</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Show the stored version (you are asked first about unsaved changes)</source>
        <translation>Afficher la version enregistrée (on vous demande d’abord ce qu’il faut faire des modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Moved to the trash by %1 at %2.</source>
        <translation>Mise à la corbeille par %1 à %2.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2. Your form shows the earlier version.</source>
        <translation>Modifiée par %1 à %2. Votre formulaire montre la version précédente.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Save conflict</source>
        <translation>Conflit d’enregistrement</translation>
    </message>
    <message>
        <source>&lt;b&gt;This meeting was changed elsewhere since you opened it.&lt;/b&gt;&lt;br&gt;Another window or another user saved version %1 while you were editing version %2. Nothing has been overwritten: your changes are still in the form.</source>
        <translation>&lt;b&gt;Cette réunion a été modifiée ailleurs depuis que vous l’avez ouverte.&lt;/b&gt;&lt;br&gt;Une autre fenêtre ou un autre utilisateur a enregistré la version %1 pendant que vous modifiiez la version %2. Rien n’a été écrasé : vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>Recharger la leur</translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>Enregistrer la mienne comme copie</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Replace the form with the stored version; your changes are lost</source>
        <translation>Remplacer le formulaire par la version enregistrée ; vos modifications seront perdues</translation>
    </message>
    <message>
        <source>Store your version as a new draft and leave the other one as it is</source>
        <translation>Enregistrer votre version comme nouveau brouillon et laisser l’autre telle quelle</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Reload the stored version</source>
        <translation>Recharger la version enregistrée</translation>
    </message>
    <message>
        <source>Discard your changes and load the stored version?</source>
        <translation>Abandonner vos modifications et charger la version enregistrée ?</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country…</source>
        <translation>Tapez un pays…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The meeting “%1” has unsaved changes.</source>
        <translation>La réunion « %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Do you want to save them before continuing?</source>
        <translation>Voulez-vous les enregistrer avant de continuer ?</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Type of document…</source>
        <translation>Type de document…</translation>
    </message>
    <message>
        <source>e.g. 2021-2022</source>
        <translation>p. ex. 2021-2022</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Exact title:</source>
        <translation>Titre exact :</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par :</translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation>{} (pas un participant)</translation>
    </message>
    <message>
        <source>(add participants first)</source>
        <translation>(ajoutez d’abord les participants)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>communiqué</source>
        <translation>communiqué</translation>
    </message>
    <message>
        <source>briefing note</source>
        <translation>note d’information</translation>
    </message>
    <message>
        <source>record of conversation</source>
        <translation>compte rendu</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Exporter les documents</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf, through LibreOffice)</source>
        <translation>PDF (.pdf, via LibreOffice)</translation>
    </message>
    <message>
        <source>Plain text for the wire (.txt)</source>
        <translation>Texte brut pour les agences (.txt)</translation>
    </message>
    <message>
        <source>HTML for e-mail (.html)</source>
        <translation>HTML pour courriel (.html)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Exporting documents…</source>
        <translation>Exportation des documents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)</source>
        <translation>Écriture de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Stopping after the documents being written…</source>
        <translation>Arrêt après les documents en cours d’écriture…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written in %1</source>
        <translation>
            <numerusform>%n document écrit dans %1</numerusform>
            <numerusform>%n documents écrits dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationRow</name>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>Kind of visit…</source>
        <translation>Type de visite…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <source>Answer not known</source>
        <translation>Réponse inconnue</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visite :</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation>{} (pas un participant)</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move {} {} up</source>
        <translation>Monter {} {}</translation>
    </message>
    <message>
        <source>Move {} {} down</source>
        <translation>Descendre {} {}</translation>
    </message>
    <message>
        <source>Remove {} {}</source>
        <translation>Retirer {} {}</translation>
    </message>
</context>
<context>
    <name>LocalizedEdit</name>
    <message>
        <source>same in all languages</source>
        <translation>identique dans toutes les langues</translation>
    </message>
    <message>
        <source>Write the value once, for every language (for names such as an agency&apos;s).</source>
        <translation>Saisir la valeur une seule fois, pour toutes les langues (pour des noms comme celui d’une agence).</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Missing translation: no {language} text yet. The {lang} document will report this field as missing.</source>
        <translation>Traduction manquante : pas encore de texte en {language}. Le document en {lang} signalera ce champ comme manquant.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>traduction manquante</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the archive with one of its backups</source>
        <translation>Remplacer l’archive par l’une de ses sauvegardes</translation>
    </message>
    <message>
        <source>Archive restored from the backup of %1; the archive as it was is in %2.</source>
        <translation>Archive restaurée à partir de la sauvegarde du %1 ; l’archive telle qu’elle était se trouve dans %2.</translation>
    </message>
    <message>
        <source>Chancery</source>
        <translation>Chancery</translation>
    </message>
    <message>
        <source>Search: names in any spelling, places, topics, country:KG, with:…</source>
        <translation>Rechercher : noms dans toute graphie, lieux, thèmes, country:KG, with:…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Counterpart country</source>
        <translation>Pays de l’interlocuteur</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>No meeting open</source>
        <translation>Aucune réunion ouverte</translation>
    </message>
    <message>
        <source>Choose a meeting in the list to read or edit it,
or press %1 to record a new one.</source>
        <translation>Choisissez une réunion dans la liste pour la lire ou la modifier,
ou appuyez sur %1 pour en saisir une nouvelle.</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>Record a new meeting</source>
        <translation>Saisir une nouvelle réunion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the meeting to the archive</source>
        <translation>Enregistrer la réunion dans les archives</translation>
    </message>
    <message>
        <source>&amp;Duplicate as New Draft</source>
        <translation>&amp;Dupliquer en nouveau brouillon</translation>
    </message>
    <message>
        <source>Start a new draft from this meeting</source>
        <translation>Commencer un nouveau brouillon à partir de cette réunion</translation>
    </message>
    <message>
        <source>Throw away unsaved changes and reload the stored meeting</source>
        <translation>Abandonner les modifications non enregistrées et recharger la réunion enregistrée</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import meetings from a Chancery JSON file</source>
        <translation>Importer des réunions depuis un fichier JSON Chancery</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the selected meetings as a Chancery JSON file</source>
        <translation>Enregistrer les réunions sélectionnées dans un fichier JSON Chancery</translation>
    </message>
    <message>
        <source>Recover &amp;Unsaved Work…</source>
        <translation>Récupérer le travail non enre&amp;gistré…</translation>
    </message>
    <message>
        <source>Drafts kept automatically after a crash</source>
        <translation>Brouillons conservés automatiquement après un plantage</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ministry, output languages, archive folder</source>
        <translation>Ministère, langues des documents, dossier des archives</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected meetings to the trash</source>
        <translation>Mettre les réunions sélectionnées à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Annuler la su&amp;ppression</translation>
    </message>
    <message>
        <source>Bring back the meetings just deleted</source>
        <translation>Rétablir les réunions qui viennent d’être supprimées</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Rechercher dans les archives</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Annuaire…</translation>
    </message>
    <message>
        <source>The people met: spellings of their names, titles, meetings; merge two entries</source>
        <translation>Les personnes rencontrées : graphies de leur nom, fonctions, réunions ; fusionner deux entrées</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Deleted meetings: restore or delete for good</source>
        <translation>Réunions supprimées : les rétablir ou les supprimer définitivement</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Show the document as it will be written (Ctrl+Shift+P)</source>
        <translation>Afficher le document tel qu’il sera rédigé (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblèmes</translation>
    </message>
    <message>
        <source>&amp;About Chancery</source>
        <translation>À &amp;propos de Chancery</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Syntaxe de recherche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un élément &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show the list of problems (click one to go to its field)</source>
        <translation>Afficher la liste des problèmes (cliquez sur l’un d’eux pour aller au champ)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Impossible d’ouvrir la réunion</translation>
    </message>
    <message>
        <source>A copy of the meeting is open as a new draft; save it to keep it.</source>
        <translation>Une copie de la réunion est ouverte comme nouveau brouillon ; enregistrez-la pour la conserver.</translation>
    </message>
    <message>
        <source>Some fields hold what cannot be stored, even in a draft. Fix the problems listed.</source>
        <translation>Certains champs contiennent ce qui ne peut pas être enregistré, même dans un brouillon. Corrigez les problèmes indiqués.</translation>
    </message>
    <message>
        <source>The meeting was not saved</source>
        <translation>La réunion n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>A final record must be complete and valid. Fix the problems listed, or save it as a draft.</source>
        <translation>Une fiche définitive doit être complète et valide. Corrigez les problèmes indiqués ou enregistrez-la comme brouillon.</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Write a communiqué, briefing note or record of conversation for the selected meetings</source>
        <translation>Rédiger un communiqué, une note d’information ou un compte rendu d’entretien pour les réunions sélectionnées</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Reloaded the stored version.</source>
        <translation>Version enregistrée rechargée.</translation>
    </message>
    <message>
        <source>Not saved: the meeting was changed elsewhere.</source>
        <translation>Non enregistré : la réunion a été modifiée ailleurs.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Your version was saved as a new draft.</source>
        <translation>Votre version a été enregistrée comme nouveau brouillon.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <source>Unsaved changes — kept safe at %1</source>
        <translation>Modifications non enregistrées — mises à l’abri à %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>New meeting, not saved yet</source>
        <translation>Nouvelle réunion, pas encore enregistrée</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>There is no unsaved work to recover.</source>
        <translation>Il n’y a aucun travail non enregistré à récupérer.</translation>
    </message>
    <message>
        <source>Unsaved work restored. Save it to keep it in the archive.</source>
        <translation>Travail non enregistré rétabli. Enregistrez-le pour le conserver dans les archives.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) match the filters</source>
        <translation>
            <numerusform>%n réunion correspond aux filtres</numerusform>
            <numerusform>%n réunions correspondent aux filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings match “%1”.
Check the spelling, try fewer words, or clear the filters.</source>
        <translation>Aucune réunion ne correspond à « %1 ».
Vérifiez l’orthographe, essayez moins de mots ou effacez les filtres.</translation>
    </message>
    <message>
        <source>No meetings match these filters.</source>
        <translation>Aucune réunion ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The archive is empty.

Press %1 to record a meeting,
or use File ▸ Import… to bring in meetings from a JSON file.</source>
        <translation>Les archives sont vides.

Appuyez sur %1 pour saisir une réunion,
ou utilisez Fichier ▸ Importer… pour ajouter des réunions depuis un fichier JSON.</translation>
    </message>
    <message>
        <source>at: %1</source>
        <translation>à : %1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words to find meetings that contain all of them, in any language or spelling.&lt;/p&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;bayramov&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a name, a place, a topic…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;energy security&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;an exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kazak*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words starting with…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-transit&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a OR b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:KG&lt;/code&gt;&lt;/td&gt;&lt;td&gt;counterpart country (code or name)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:phone_call&lt;/code&gt;&lt;/td&gt;&lt;td&gt;kind of meeting&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;with:kazakbaev&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a participant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:2021-01-01 before:…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2021 status:draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;year, status&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;signed:programme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents signed&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Tapez des mots pour trouver les réunions qui les contiennent tous, dans toute langue et toute graphie.&lt;/p&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;bayramov&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un nom, un lieu, un thème…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;sécurité énergétique&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;une expression exacte&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kazak*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;les mots commençant par…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-transit&lt;/code&gt;&lt;/td&gt;&lt;td&gt;sans ce mot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a OR b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;l’un ou l’autre mot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:KG&lt;/code&gt;&lt;/td&gt;&lt;td&gt;pays de l’interlocuteur (code ou nom)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:phone_call&lt;/code&gt;&lt;/td&gt;&lt;td&gt;type de réunion&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;with:kazakbaev&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un participant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:2021-01-01 before:…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2021 status:draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;année, statut&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;signed:programme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents signés&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Move the meeting “%1” to the trash?</source>
        <translation>Mettre la réunion « %1 » à la corbeille ?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n meeting(s) to the trash?</source>
        <translation>
            <numerusform>Mettre %n réunion à la corbeille ?</numerusform>
            <numerusform>Mettre %n réunions à la corbeille ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>You can restore deleted meetings from Edit ▸ Trash.</source>
        <translation>Vous pouvez rétablir les réunions supprimées depuis Édition ▸ Corbeille.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) moved to the trash.</source>
        <translation>
            <numerusform>%n réunion mise à la corbeille.</numerusform>
            <numerusform>%n réunions mises à la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) restored.</source>
        <translation>
            <numerusform>%n réunion rétablie.</numerusform>
            <numerusform>%n réunions rétablies.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Aucune réunion pour l’instant</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Chancery JSON (*.json)</source>
        <translation>JSON Chancery (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to %1</source>
        <translation>
            <numerusform>%n réunion écrite dans %1</numerusform>
            <numerusform>%n réunions écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importer des réunions</translation>
    </message>
    <message>
        <source>Chancery JSON (*.json);;All files (*)</source>
        <translation>JSON Chancery (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Importing meetings…</source>
        <translation>Importation des réunions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Importé : %1 nouvelles, %2 mises à jour, %3 inchangées.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chancery %1&lt;/h3&gt;&lt;p&gt;Record diplomatic meetings, keep an offline archive, and write communiqués, briefing notes and records of conversation from it.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chancery %1&lt;/h3&gt;&lt;p&gt;Saisissez les réunions diplomatiques, conservez-les dans des archives hors ligne et rédigez-en les communiqués, notes d’information et comptes rendus d’entretien.&lt;/p&gt;&lt;p&gt;Archives : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importation annulée ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Some changes take effect the next time Chancery starts.</source>
        <translation>Certaines modifications prendront effet au prochain démarrage de Chancery.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Chancery starts.</source>
        <translation>L’interface sera en %1 au prochain démarrage de Chancery.</translation>
    </message>
    <message>
        <source>About Chancery</source>
        <translation>À propos de Chancery</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>Ré&amp;sultats</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>&amp;Interne</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>+ language</source>
        <translation>+ langue</translation>
    </message>
    <message>
        <source>Show one more language in this form (a BCP 47 tag such as az), e.g. for the spelling of a name. The output languages are set in Settings.</source>
        <translation>Afficher une langue de plus dans ce formulaire (une étiquette BCP 47 comme az), p. ex. pour la graphie d’un nom. Les langues des documents se règlent dans les Paramètres.</translation>
    </message>
    <message>
        <source>Choose the kind of meeting…</source>
        <translation>Choisissez le type de réunion…</translation>
    </message>
    <message>
        <source>— not stated</source>
        <translation>— non précisé</translation>
    </message>
    <message>
        <source>For a meeting over several days; leave empty otherwise</source>
        <translation>Pour une réunion sur plusieurs jours ; sinon, laissez vide</translation>
    </message>
    <message>
        <source>Who asked for the call, or at whose invitation the visit took place</source>
        <translation>Qui a demandé l’appel, ou à l’invitation de qui la visite a eu lieu</translation>
    </message>
    <message>
        <source>A draft may be incomplete; a final record must be valid</source>
        <translation>Un brouillon peut être incomplet ; une fiche définitive doit être valide</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>For&amp;mat :</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>End &amp;date:</source>
        <translation>&amp;Jusqu’au :</translation>
    </message>
    <message>
        <source>Our &amp;side:</source>
        <translation>Notre rô&amp;le :</translation>
    </message>
    <message>
        <source>Initiated &amp;by:</source>
        <translation>&amp;À l’initiative de :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation>Classificati&amp;on :</translation>
    </message>
    <message>
        <source>The multilateral event, e.g. “session of the UN General Assembly”</source>
        <translation>L’événement multilatéral, p. ex. « session de l’Assemblée générale des Nations unies »</translation>
    </message>
    <message>
        <source>e.g. 76 for the 76th session</source>
        <translation>p. ex. 76 pour la 76e session</translation>
    </message>
    <message>
        <source>Occasion (meeting on the sidelines)</source>
        <translation>Occasion (rencontre en marge)</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <source>Ordinal:</source>
        <translation>Rang :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lieu précis :</translation>
    </message>
    <message>
        <source>The issuing ministry or office, when there is no agency</source>
        <translation>Le ministère ou service émetteur, en l’absence d’agence</translation>
    </message>
    <message>
        <source>The city that opens the communiqué (“Bakou, 2 juillet”)</source>
        <translation>La ville qui ouvre le communiqué (« Bakou, 2 juillet »)</translation>
    </message>
    <message>
        <source>A sourcing line (“according to the ministry&apos;s press service”)</source>
        <translation>Une mention de source (« selon le service de presse du ministère »)</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Éditeur :</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>Ville de publication :</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publié le :</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>&amp;Topics discussed</source>
        <translation>&amp;Thèmes abordés</translation>
    </message>
    <message>
        <source>Areas of coope&amp;ration</source>
        <translation>&amp;Domaines de coopération</translation>
    </message>
    <message>
        <source>&amp;Add statement</source>
        <translation>A&amp;jouter une déclaration</translation>
    </message>
    <message>
        <source>No statement yet: add what each side said.</source>
        <translation>Aucune déclaration pour l’instant : ajoutez ce que chaque partie a dit.</translation>
    </message>
    <message>
        <source>&amp;Statements (reported speech)</source>
        <translation>Déc&amp;larations (discours rapporté)</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>No document signed.</source>
        <translation>Aucun document signé.</translation>
    </message>
    <message>
        <source>Add invitation</source>
        <translation>Ajouter une invitation</translation>
    </message>
    <message>
        <source>No invitation extended.</source>
        <translation>Aucune invitation adressée.</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Ajouter une suite</translation>
    </message>
    <message>
        <source>No follow-up agreed.</source>
        <translation>Aucune suite convenue.</translation>
    </message>
    <message>
        <source>&amp;Documents signed</source>
        <translation>&amp;Documents signés</translation>
    </message>
    <message>
        <source>Invi&amp;tations</source>
        <translation>Invi&amp;tations</translation>
    </message>
    <message>
        <source>&amp;Anniversaries</source>
        <translation>Anni&amp;versaires</translation>
    </message>
    <message>
        <source>Next &amp;steps</source>
        <translation>S&amp;uites à donner</translation>
    </message>
    <message>
        <source>Material for the internal documents (briefing note, record of conversation): never printed in a communiqué.</source>
        <translation>Éléments pour les documents internes (note d’information, compte rendu d’entretien) : jamais imprimés dans un communiqué.</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>No objective yet.</source>
        <translation>Aucun objectif pour l’instant.</translation>
    </message>
    <message>
        <source>Add talking point</source>
        <translation>Ajouter un élément de langage</translation>
    </message>
    <message>
        <source>No talking point yet.</source>
        <translation>Aucun élément de langage pour l’instant.</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Un destinataire par ligne</translation>
    </message>
    <message>
        <source>Who receives the record of conversation; printed at its end</source>
        <translation>Destinataires du compte rendu ; imprimés à la fin de celui-ci</translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>O&amp;bjectifs</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>Élé&amp;ments de langage</translation>
    </message>
    <message>
        <source>&amp;Sensitivities:</source>
        <translation>Poin&amp;ts sensibles :</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>Rec&amp;ommandation :</translation>
    </message>
    <message>
        <source>C&amp;leared by:</source>
        <translation>&amp;Validé par :</translation>
    </message>
    <message>
        <source>Prepared b&amp;y:</source>
        <translation>Ré&amp;digé par :</translation>
    </message>
    <message>
        <source>&amp;Distribution:</source>
        <translation>Diff&amp;usion :</translation>
    </message>
    <message>
        <source>Free notes: searchable in the archive, never printed.</source>
        <translation>Notes libres : consultables dans les archives, jamais imprimées.</translation>
    </message>
    <message>
        <source>Languages: {}</source>
        <translation>Langues : {}</translation>
    </message>
    <message>
        <source>Output languages: {} (Settings). Empty ones are flagged where another language is filled.</source>
        <translation>Langues des documents : {} (Paramètres). Les champs vides sont signalés lorsqu’une autre langue est remplie.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge With</source>
        <translation>Fusionner avec</translation>
    </message>
    <message>
        <source>The &amp;same person as “%1”:</source>
        <translation>La &amp;même personne que « %1 » :</translation>
    </message>
</context>
<context>
    <name>NextStepRow</name>
    <message>
        <source>next step</source>
        <translation>suite</translation>
    </message>
    <message>
        <source>a service or a person</source>
        <translation>un service ou une personne</translation>
    </message>
    <message>
        <source>Who follows this up; printed in the record of conversation&apos;s follow-up table</source>
        <translation>Qui assure le suivi ; imprimé dans le tableau de suivi du compte rendu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done steps are no longer listed as open in later briefing notes</source>
        <translation>Les suites faites ne sont plus signalées comme en cours dans les notes d’information suivantes</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Avant le :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>A&amp;jouter un participant</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation>Ajouter un participant (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Move the selected participant up (Ctrl+Shift+Up)</source>
        <translation>Monter le participant sélectionné (Ctrl+Maj+Haut)</translation>
    </message>
    <message>
        <source>Move the selected participant down (Ctrl+Shift+Down)</source>
        <translation>Descendre le participant sélectionné (Ctrl+Maj+Bas)</translation>
    </message>
    <message>
        <source>Type a name in any spelling to pick a person from the directory; Enter or F2 edits a cell.</source>
        <translation>Tapez un nom dans n’importe quelle graphie pour choisir une personne de l’annuaire ; Entrée ou F2 modifie une cellule.</translation>
    </message>
    <message>
        <source>Select a participant to see all of it here.</source>
        <translation>Sélectionnez un participant pour voir ici toutes ses informations.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Missing translation: no {language} text yet</source>
        <translation>Traduction manquante : pas encore de texte en {language}</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <source>People</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Filter: any spelling, in any script</source>
        <translation>Filtrer : toute graphie, dans toute écriture</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Fonction actuelle</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Graphie</translation>
    </message>
    <message>
        <source>&amp;Add Spelling</source>
        <translation>&amp;Ajouter une graphie</translation>
    </message>
    <message>
        <source>A spelling in any language or script: type its language tag (az, ru, tr…) and the name</source>
        <translation>Une graphie dans toute langue ou écriture : saisissez l’étiquette de langue (az, ru, tr…) puis le nom</translation>
    </message>
    <message>
        <source>&amp;Remove Spelling</source>
        <translation>&amp;Retirer la graphie</translation>
    </message>
    <message>
        <source>Spellings of the name</source>
        <translation>Graphies du nom</translation>
    </message>
    <message>
        <source>— not stated</source>
        <translation>— non précisé</translation>
    </message>
    <message>
        <source>The title filled in when the person is chosen for a new meeting</source>
        <translation>La fonction indiquée quand la personne est choisie pour une nouvelle réunion</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>&amp;Fonction actuelle :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Titles held, as the meetings recorded them</source>
        <translation>Fonctions exercées (selon les réunions)</translation>
    </message>
    <message>
        <source>Double-click a meeting, or press Enter on it, to open it.</source>
        <translation>Double-cliquez sur une réunion, ou appuyez sur Entrée, pour l’ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Merge With…</source>
        <translation>Fusionner a&amp;vec…</translation>
    </message>
    <message>
        <source>This entry and another are the same person: keep one, with the spellings and meetings of both</source>
        <translation>Cette entrée et une autre désignent la même personne : n’en garder qu’une, avec les graphies et les réunions des deux</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Choisissez une personne dans la liste.</translation>
    </message>
    <message>
        <source>No meeting in the archive yet.</source>
        <translation>Aucune réunion dans les archives pour l’instant.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%2” into “%1”? The spellings of both are kept, and the %n meeting(s) of “%2” will be listed under “%1”. This cannot be undone.</source>
        <translation>
            <numerusform>Fusionner « %2 » avec « %1 » ? Les graphies des deux sont conservées, et la réunion de « %2 » sera rangée sous « %1 ». C’est irréversible.</numerusform>
            <numerusform>Fusionner « %2 » avec « %1 » ? Les graphies des deux sont conservées, et les %n réunions de « %2 » seront rangées sous « %1 ». C’est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>E&amp;xact Word layout</source>
        <translation>Mise en page &amp;Word exacte</translation>
    </message>
    <message>
        <source>Show the Word document itself, as it will be written (slower to refresh). Your own templates are always shown this way.</source>
        <translation>Afficher le document Word lui-même, tel qu’il sera écrit (plus lent à actualiser). Vos propres modèles sont toujours affichés ainsi.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Missing text in %1: %2</source>
        <translation>Texte manquant en %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>The document cannot be rendered: %1</source>
        <translation>Le document ne peut pas être produit : %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>À l’initiative de</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Place ▸ City</source>
        <translation>Lieu ▸ Ville</translation>
    </message>
    <message>
        <source>Place ▸ Country</source>
        <translation>Lieu ▸ Pays</translation>
    </message>
    <message>
        <source>Place ▸ Venue</source>
        <translation>Lieu ▸ Lieu précis</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Publication ▸ Agency</source>
        <translation>Publication ▸ Agence</translation>
    </message>
    <message>
        <source>Publication ▸ Publisher</source>
        <translation>Publication ▸ Éditeur</translation>
    </message>
    <message>
        <source>Publication ▸ Dateline</source>
        <translation>Publication ▸ Ville de publication</translation>
    </message>
    <message>
        <source>Publication ▸ Published</source>
        <translation>Publication ▸ Publié le</translation>
    </message>
    <message>
        <source>Publication ▸ Attribution</source>
        <translation>Publication ▸ Source</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Occasion ▸ Event</source>
        <translation>Occasion ▸ Événement</translation>
    </message>
    <message>
        <source>Occasion ▸ Ordinal</source>
        <translation>Occasion ▸ Numéro</translation>
    </message>
    <message>
        <source>Occasion ▸ When</source>
        <translation>Occasion ▸ Moment</translation>
    </message>
    <message>
        <source>Topics discussed</source>
        <translation>Thèmes abordés</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Domaines de coopération</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Documents signed</source>
        <translation>Documents signés</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>Anniversaires</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Points sensibles</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>thème %1</translation>
    </message>
    <message>
        <source>area of cooperation %1</source>
        <translation>domaine de coopération %1</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>déclaration %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>invitation %1</source>
        <translation>invitation %1</translation>
    </message>
    <message>
        <source>anniversary %1</source>
        <translation>anniversaire %1</translation>
    </message>
    <message>
        <source>next step %1</source>
        <translation>suite à donner %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>talking point %1</source>
        <translation>élément de langage %1</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Reporting verb</source>
        <translation>Verbe introducteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Avant le</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>%1 tab, %2 column</source>
        <translation>onglet %1, colonne %2</translation>
    </message>
    <message>
        <source>%1 tab, %2</source>
        <translation>onglet %1, %2</translation>
    </message>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>Choisissez le type de réunion.</translation>
    </message>
    <message>
        <source>Choose whether the record is a draft or final.</source>
        <translation>Indiquez s’il s’agit d’un brouillon ou d’une version définitive.</translation>
    </message>
    <message>
        <source>Choose the classification.</source>
        <translation>Choisissez la classification.</translation>
    </message>
    <message>
        <source>Choose which side we are: Meeting tab, Our side.</source>
        <translation>Indiquez notre rôle : onglet Réunion, Notre rôle.</translation>
    </message>
    <message>
        <source>Type the date of the meeting (e.g. %1): Meeting tab, Date.</source>
        <translation>Saisissez la date de la réunion (p. ex. %1) : onglet Réunion, Date.</translation>
    </message>
    <message>
        <source>Choose the country where the meeting took place: Meeting tab, Place ▸ Country.</source>
        <translation>Choisissez le pays où la réunion a eu lieu : onglet Réunion, Lieu ▸ Pays.</translation>
    </message>
    <message>
        <source>Write the city where the meeting took place: Meeting tab, Place ▸ City.</source>
        <translation>Indiquez la ville où la réunion a eu lieu : onglet Réunion, Lieu ▸ Ville.</translation>
    </message>
    <message>
        <source>Write the event the meeting took place at: Meeting tab, Occasion ▸ Event.</source>
        <translation>Indiquez l’événement en marge duquel la réunion a eu lieu : onglet Réunion, Occasion ▸ Événement.</translation>
    </message>
    <message>
        <source>Choose when the meeting took place: Meeting tab, Occasion ▸ When.</source>
        <translation>Indiquez quand la réunion a eu lieu : onglet Réunion, Occasion ▸ Moment.</translation>
    </message>
    <message>
        <source>The record has no identifier; import it again or duplicate it.</source>
        <translation>L’enregistrement n’a pas d’identifiant ; importez-le de nouveau ou dupliquez-le.</translation>
    </message>
    <message>
        <source>Write the name of participant %1: Participants tab, Name column.</source>
        <translation>Indiquez le nom du participant %1 : onglet Participants, colonne Nom.</translation>
    </message>
    <message>
        <source>Choose the side of participant %1: Participants tab, Side column.</source>
        <translation>Choisissez la partie du participant %1 : onglet Participants, colonne Partie.</translation>
    </message>
    <message>
        <source>Choose the role of participant %1: Participants tab, Role column.</source>
        <translation>Choisissez le rôle du participant %1 : onglet Participants, colonne Rôle.</translation>
    </message>
    <message>
        <source>Give participant %1 a short ref such as p%1: Participants tab, Ref column.</source>
        <translation>Donnez au participant %1 une référence courte comme p%1 : onglet Participants, colonne Réf.</translation>
    </message>
    <message>
        <source>Choose the country of participant %1: Participants tab, Country column.</source>
        <translation>Choisissez le pays du participant %1 : onglet Participants, colonne Pays.</translation>
    </message>
    <message>
        <source>Write what was said in statement %1, or remove it: Content tab.</source>
        <translation>Écrivez ce qui a été dit dans la déclaration %1, ou supprimez-la : onglet Contenu.</translation>
    </message>
    <message>
        <source>Choose the type of document %1: Outcomes tab.</source>
        <translation>Choisissez le type du document %1 : onglet Résultats.</translation>
    </message>
    <message>
        <source>Write the exact title of document %1: Outcomes tab.</source>
        <translation>Écrivez le titre exact du document %1 : onglet Résultats.</translation>
    </message>
    <message>
        <source>Choose the kind of visit of invitation %1: Outcomes tab.</source>
        <translation>Choisissez le type de visite de l’invitation %1 : onglet Résultats.</translation>
    </message>
    <message>
        <source>Choose what anniversary %1 celebrates: Outcomes tab.</source>
        <translation>Indiquez ce que célèbre l’anniversaire %1 : onglet Résultats.</translation>
    </message>
    <message>
        <source>Write next step %1, or remove it: Outcomes tab.</source>
        <translation>Rédigez la suite à donner %1, ou supprimez-la : onglet Résultats.</translation>
    </message>
    <message>
        <source>Write %1, or remove it: %2.</source>
        <translation>Rédigez l’élément « %1 », ou supprimez-le : %2.</translation>
    </message>
    <message>
        <source>Fill in %1: %2 tab.</source>
        <translation>Remplissez le champ %1 : onglet %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2, or a year such as 1993.</source>
        <translation>« %1 » n’est pas une date : saisissez-la sous la forme %2, ou une année comme 1993.</translation>
    </message>
    <message>
        <source>Choose the countries of both sides first.</source>
        <translation>Choisissez d’abord les pays des deux parties.</translation>
    </message>
    <message>
        <source>Give the person at least one spelling of the name.</source>
        <translation>Donnez au moins une graphie du nom de la personne.</translation>
    </message>
    <message>
        <source>Spelling %1: “%2” is not a language tag; type a tag such as az, ru or tr.</source>
        <translation>Graphie %1 : « %2 » n’est pas une étiquette de langue ; saisissez une étiquette comme az, ru ou tr.</translation>
    </message>
    <message>
        <source>Spelling %1: “%2” is listed twice; remove one.</source>
        <translation>Graphie %1 : « %2 » figure deux fois ; retirez-en une.</translation>
    </message>
    <message>
        <source>Spelling %1 is empty: write the name or remove the line.</source>
        <translation>La graphie %1 est vide : écrivez le nom ou retirez la ligne.</translation>
    </message>
    <message>
        <source>“%1” is not a country: choose one from the list.</source>
        <translation>« %1 » n’est pas un pays : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Choose another entry: an entry cannot be merged with itself.</source>
        <translation>Choisissez une autre entrée : une entrée ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>%1 cannot be stored as it is; correct it.</source>
        <translation>%1 ne peut pas être enregistré tel quel ; corrigez-le.</translation>
    </message>
    <message>
        <source>Mark the principal of the called side: Participants tab, Role column.</source>
        <translation>Désignez le chef de la partie appelée : onglet Participants, colonne Rôle.</translation>
    </message>
    <message>
        <source>Mark the head of the visiting delegation: Participants tab, Role column.</source>
        <translation>Désignez le chef de la délégation invitée : onglet Participants, colonne Rôle.</translation>
    </message>
    <message>
        <source>Mark the principal of the calling side: Participants tab, Role column.</source>
        <translation>Désignez le chef de la partie appelante : onglet Participants, colonne Rôle.</translation>
    </message>
    <message>
        <source>Mark the head of the host delegation: Participants tab, Role column.</source>
        <translation>Désignez le chef de la délégation hôte : onglet Participants, colonne Rôle.</translation>
    </message>
    <message>
        <source>A meeting on the sidelines needs its event: Meeting tab, Occasion ▸ Event.</source>
        <translation>Une rencontre en marge d’un événement doit nommer cet événement : onglet Réunion, Occasion ▸ Événement.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the calendar; type it as %3.</source>
        <translation>%1 : « %2 » n’est pas une date du calendrier ; saisissez-la sous la forme %3.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the date of the meeting (%2); correct one of them: Meeting tab.</source>
        <translation>La date de fin (%1) précède la date de la réunion (%2) ; corrigez l’une des deux : onglet Réunion.</translation>
    </message>
    <message>
        <source>%1: “%2” is not in the list; choose an entry from the list.</source>
        <translation>%1 : « %2 » ne figure pas dans la liste ; choisissez une entrée de la liste.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a country code; choose a country from the list.</source>
        <translation>%1 : « %2 » n’est pas un code de pays ; choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a participant of this meeting; choose a participant from the list.</source>
        <translation>%1 : « %2 » n’est pas un participant de cette réunion ; choisissez un participant dans la liste.</translation>
    </message>
    <message>
        <source>%1: the ref “%2” is used by two participants; give each its own: Participants tab, Ref column.</source>
        <translation>%1 : la référence « %2 » est utilisée par deux participants ; donnez à chacun la sienne : onglet Participants, colonne Réf.</translation>
    </message>
    <message>
        <source>%1: type a whole number such as 30.</source>
        <translation>%1 : saisissez un nombre entier, par exemple 30.</translation>
    </message>
    <message>
        <source>%1: type a year of four digits such as 2022.</source>
        <translation>%1 : saisissez une année à quatre chiffres, par exemple 2022.</translation>
    </message>
    <message>
        <source>%1 held invisible control characters (from pasted text); they are removed when you save.</source>
        <translation>%1 contenait des caractères de contrôle invisibles (d’un texte collé) ; ils sont supprimés à l’enregistrement.</translation>
    </message>
    <message>
        <source>%1 cannot be used as it is (%2); correct it or clear it.</source>
        <translation>%1 ne peut pas être utilisé tel quel (%2) ; corrigez-le ou videz-le.</translation>
    </message>
    <message>
        <source>Write the %1 text of %2: %3 tab.</source>
        <translation>Rédigez le texte en %1 de %2 : onglet %3.</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No problems: the record is complete.</source>
        <translation>Aucun problème : la fiche est complète.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Chancery was not closed normally. These meetings had changes that were not saved; they were kept automatically. Restore one to continue where you left off.</source>
        <translation>Chancery n’a pas été fermé normalement. Ces réunions avaient des modifications non enregistrées, conservées automatiquement. Rétablissez-en une pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>new, never saved</source>
        <translation>nouvelle, jamais enregistrée</translation>
    </message>
    <message>
        <source>changes to a saved meeting</source>
        <translation>modifications d’une réunion enregistrée</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Sauvegarde automatique du %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Keep the drafts; File ▸ Recover Unsaved Work offers them again</source>
        <translation>Garder les brouillons ; Fichier ▸ Récupérer le travail non enregistré les proposera à nouveau</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message>
        <source>Discard the selected unsaved changes for good?</source>
        <translation>Abandonner définitivement les modifications non enregistrées sélectionnées ?</translation>
    </message>
</context>
<context>
    <name>RelationsDateDialog</name>
    <message>
        <source>Diplomatic relations</source>
        <translation>Relations diplomatiques</translation>
    </message>
    <message>
        <source>When did %1 and %2 establish diplomatic relations?</source>
        <translation>Quand %1 et %2 ont-ils établi des relations diplomatiques ?</translation>
    </message>
    <message>
        <source>&amp;Date or year:</source>
        <translation>&amp;Date ou année :</translation>
    </message>
    <message>
        <source>A date such as %1, or a year such as 1993. It is kept with the archive, for everyone who uses it.</source>
        <translation>Une date comme %1, ou une année comme 1993. Elle est conservée avec les archives, pour tous ceux qui les utilisent.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Other &amp;File…</source>
        <translation>Autre &amp;fichier…</translation>
    </message>
    <message>
        <source>This archive is on a server: it is backed up on the server. Ask its administrator to restore a backup.</source>
        <translation>Cette archive est sur un serveur : elle est sauvegardée sur le serveur. Demandez à son administrateur de restaurer une sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>Restoring replaces the whole archive (%n meeting(s) now) with the backup you choose. The archive as it is now is kept in the backups folder first, so a restore can be undone.</source>
        <translation>
            <numerusform>Restaurer remplace toute l’archive (%n réunion à présent) par la sauvegarde choisie. L’archive telle qu’elle est maintenant est d’abord conservée dans le dossier des sauvegardes : une restauration peut donc être annulée.</numerusform>
            <numerusform>Restaurer remplace toute l’archive (%n réunions à présent) par la sauvegarde choisie. L’archive telle qu’elle est maintenant est d’abord conservée dans le dossier des sauvegardes : une restauration peut donc être annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>There are no backups yet. Chancery makes one each day you use it and before every upgrade; you can also restore a backup file from elsewhere with Other File…</source>
        <translation>Il n’y a pas encore de sauvegarde. Chancery en fait une chaque jour d’utilisation et avant chaque mise à niveau ; vous pouvez aussi restaurer un fichier de sauvegarde venu d’ailleurs avec Autre fichier…</translation>
    </message>
    <message>
        <source>Restore a backup file</source>
        <translation>Restaurer un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Chancery archives (*.sqlite);;All files (*)</source>
        <translation>Archives Chancery (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the archive with the backup made %1 (%n meeting(s))?</source>
        <translation>
            <numerusform>Remplacer l’archive par la sauvegarde faite le %1 (%n réunion) ?</numerusform>
            <numerusform>Remplacer l’archive par la sauvegarde faite le %1 (%n réunions) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring the archive…</source>
        <translation>Restauration de l’archive…</translation>
    </message>
    <message>
        <source>The archive was not restored: %1</source>
        <translation>L’archive n’a pas été restaurée : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>e.g. AZERTAC (leave empty when the ministry publishes)</source>
        <translation>p. ex. AZERTAC (laisser vide si le ministère publie)</translation>
    </message>
    <message>
        <source>Your ministry</source>
        <translation>Votre ministère</translation>
    </message>
    <message>
        <source>Home &amp;country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Ministry name:</source>
        <translation>Nom du &amp;ministère :</translation>
    </message>
    <message>
        <source>News &amp;agency:</source>
        <translation>&amp;Agence de presse :</translation>
    </message>
    <message>
        <source>Default &amp;dateline city:</source>
        <translation>&amp;Ville de la date de publication :</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Output languages:</source>
        <translation>Langues des documents :</translation>
    </message>
    <message>
        <source>The form asks for every localised text in these languages.</source>
        <translation>Le formulaire demande chaque texte traduit dans ces langues.</translation>
    </message>
    <message>
        <source>M. Baïramov, Mme Colonna</source>
        <translation>M. Baïramov, Mme Colonna</translation>
    </message>
    <message>
        <source>Baïramov, Colonna (surname only)</source>
        <translation>Baïramov, Colonna (nom seul)</translation>
    </message>
    <message>
        <source>British (2 July, organisation)</source>
        <translation>Britannique (2 July, organisation)</translation>
    </message>
    <message>
        <source>American (July 2, organization)</source>
        <translation>Américain (July 2, organization)</translation>
    </message>
    <message>
        <source>Minister Bayramov (title and surname)</source>
        <translation>Minister Bayramov (fonction et nom)</translation>
    </message>
    <message>
        <source>Bayramov (surname only)</source>
        <translation>Bayramov (nom seul)</translation>
    </message>
    <message>
        <source>French, after the first men&amp;tion:</source>
        <translation>Français, après la première me&amp;ntion :</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>An&amp;glais :</translation>
    </message>
    <message>
        <source>English, after the first me&amp;ntion:</source>
        <translation>Anglais, après la première menti&amp;on :</translation>
    </message>
    <message>
        <source>The line above a briefing note&apos;s subject, e.g. &quot;Note pour le Ministre&quot;. Leave empty to address each note to the office of our principal.</source>
        <translation>La ligne au-dessus de l’objet d’une note d’information, p. ex. « Note pour le Ministre ». Laissez vide pour adresser chaque note au cabinet de notre chef de délégation.</translation>
    </message>
    <message>
        <source>Briefing note &amp;heading:</source>
        <translation>&amp;En-tête des notes d’information :</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface :</translation>
    </message>
    <message>
        <source>Archive &amp;folder:</source>
        <translation>&amp;Dossier des archives :</translation>
    </message>
    <message>
        <source>Archi&amp;ve:</source>
        <translation>Arc&amp;hives :</translation>
    </message>
    <message>
        <source>Changes in this section take effect the next time Chancery starts.</source>
        <translation>Les modifications de cette section prendront effet au prochain démarrage de Chancery.</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Choisir le dossier des archives</translation>
    </message>
    <message>
        <source>Choose at least one output language.</source>
        <translation>Choisissez au moins une langue pour les documents.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Calling side</source>
        <translation>Partie appelante</translation>
    </message>
    <message>
        <source>Called side</source>
        <translation>Partie appelée</translation>
    </message>
    <message>
        <source>Host side</source>
        <translation>Partie hôte</translation>
    </message>
    <message>
        <source>Visiting side</source>
        <translation>Partie invitée</translation>
    </message>
    <message>
        <source>We are the calling side</source>
        <translation>Nous avons appelé</translation>
    </message>
    <message>
        <source>We are the called side</source>
        <translation>Nous avons été appelés</translation>
    </message>
    <message>
        <source>We are the host</source>
        <translation>Nous recevons</translation>
    </message>
    <message>
        <source>We are the visiting side</source>
        <translation>Nous sommes en visite</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Chancery archives (*.sqlite)</source>
        <translation>Archives Chancery (*.sqlite)</translation>
    </message>
    <message>
        <source>The daily backup of the archive could not be made: %1</source>
        <translation>La sauvegarde quotidienne de l’archive n’a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Ouverture des archives…</translation>
    </message>
    <message>
        <source>Chancery</source>
        <translation>Chancery</translation>
    </message>
    <message>
        <source>Chancery cannot open the archive</source>
        <translation>Chancery ne peut pas ouvrir les archives</translation>
    </message>
    <message>
        <source>The archive could not be opened.</source>
        <translation>Les archives n’ont pas pu être ouvertes.</translation>
    </message>
    <message>
        <source>Unexpected error: %1
Details were written to %2.</source>
        <translation>Erreur inattendue : %1
Les détails ont été écrits dans %2.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier des données : %1</translation>
    </message>
    <message>
        <source>Filling the archive with sample meetings…</source>
        <translation>Création des réunions d’exemple…</translation>
    </message>
    <message>
        <source>Sample meetings</source>
        <translation>Réunions d’exemple</translation>
    </message>
    <message>
        <source>The sample meetings could not be created: %1</source>
        <translation>Les réunions d’exemple n’ont pas pu être créées : %1</translation>
    </message>
</context>
<context>
    <name>StatementRow</name>
    <message>
        <source>Both principals (the sides)</source>
        <translation>Les deux chefs de délégation (les parties)</translation>
    </message>
    <message>
        <source>(impersonal)</source>
        <translation>(impersonnel)</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>Who said it: a participant, both principals (“the sides”), or nobody in particular (“it was agreed”)</source>
        <translation>Qui l’a dit : un participant, les deux chefs de délégation (« les parties ») ou personne en particulier (« il a été convenu »)</translation>
    </message>
    <message>
        <source>— (text is a whole sentence)</source>
        <translation>— (le texte est une phrase entière)</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Locuteur :</translation>
    </message>
    <message>
        <source>Reporting verb:</source>
        <translation>Verbe introducteur :</translation>
    </message>
    <message>
        <source>Direct quotation (the speaker&apos;s own words)</source>
        <translation>Citation directe (les propres mots de l’orateur)</translation>
    </message>
    <message>
        <source>Print the text in quotation marks, followed by who said it: «&#xa0;…&#xa0;», a déclaré M. X / “…,” Mr X said</source>
        <translation>Imprimer le texte entre guillemets, suivi de l’auteur des propos : «&#xa0;…&#xa0;», a déclaré M. X / “…,” Mr X said</translation>
    </message>
    <message>
        <source>the speaker&apos;s own words, as they will be quoted</source>
        <translation>les propres mots de l’orateur, tels qu’ils seront cités</translation>
    </message>
    <message>
        <source>a whole sentence, as it will be printed</source>
        <translation>une phrase entière, telle qu’elle sera imprimée</translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation>{} (pas un participant)</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Note d’information</translation>
    </message>
    <message>
        <source>Record of conversation</source>
        <translation>Compte rendu d’entretien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(le vôtre)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete Permanently…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n meeting(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n réunion ? C’est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n réunions ? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n meeting(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement la réunion de la corbeille ? C’est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n réunions de la corbeille ? C’est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>{} (unknown code)</source>
        <translation>{} (code inconnu)</translation>
    </message>
</context>
<context>
    <name>VocabularyChecklist</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a subject the list does not have, written in each language</source>
        <translation>Ajouter un sujet absent de la liste, rédigé dans chaque langue</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Autre :</translation>
    </message>
    <message>
        <source>Free entry; uncheck to remove it</source>
        <translation>Saisie libre ; décochez pour la retirer</translation>
    </message>
    <message>
        <source>{} (unknown code)</source>
        <translation>{} (code inconnu)</translation>
    </message>
    <message>
        <source>Nothing checked. Items appear in the text in the order you check them.</source>
        <translation>Rien n’est coché. Les éléments apparaissent dans le texte dans l’ordre où vous les cochez.</translation>
    </message>
    <message>
        <source>In the text, in this order: {}</source>
        <translation>Dans le texte, dans cet ordre : {}</translation>
    </message>
</context>
</TS>

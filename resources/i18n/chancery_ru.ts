<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AnniversariesEditor</name>
    <message>
        <source>Add anniversar&amp;y</source>
        <translation>До&amp;бавить годовщину</translation>
    </message>
    <message>
        <source>No anniversary mentioned.</source>
        <translation>Годовщины не упоминаются.</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>Пред&amp;ложить</translation>
    </message>
    <message>
        <source>Add the next round anniversary of diplomatic relations between our country and the counterpart&apos;s, from the reference data</source>
        <translation>Добавить ближайшую круглую годовщину установления дипломатических отношений между нашей страной и страной собеседника по справочным данным</translation>
    </message>
    <message>
        <source>Record the Date…</source>
        <translation>Указать дату…</translation>
    </message>
    <message>
        <source>Record when the two countries established diplomatic relations; kept with the archive and used from then on</source>
        <translation>Указать, когда две страны установили дипломатические отношения; дата хранится в архиве и используется в дальнейшем</translation>
    </message>
    <message>
        <source>Set the country of each side&apos;s principal (and our country in Settings) first.</source>
        <translation>Сначала укажите страну главы каждой делегации (и нашу страну в настройках).</translation>
    </message>
    <message>
        <source>No date of diplomatic relations between {} and {} is known yet: record it once, and Suggest will use it from then on.</source>
        <translation>Дата установления дипломатических отношений между {} и {} пока неизвестна: укажите её один раз, и «Предложить» будет её использовать.</translation>
    </message>
    <message>
        <source>Relations established {}: the {}th anniversary falls in {}.</source>
        <translation>Отношения установлены в {}: {}-я годовщина приходится на {} год.</translation>
    </message>
</context>
<context>
    <name>AnniversaryRow</name>
    <message>
        <source>anniversary</source>
        <translation>годовщина</translation>
    </message>
    <message>
        <source>Anniversary of…</source>
        <translation>Годовщина…</translation>
    </message>
    <message>
        <source>Ordinal:</source>
        <translation>Число лет:</translation>
    </message>
    <message>
        <source>Of:</source>
        <translation>Чего:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Details were written to %2.</source>
        <translation>Произошла ошибка: %1

Подробности записаны в %2.</translation>
    </message>
</context>
<context>
    <name>ArchiveChoice</name>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>server: %1 on %2 (user %3)</source>
        <translation>сервер: %1 на %2 (пользователь %3)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>&amp;This computer (the archive file in the archive folder)</source>
        <translation>&amp;Этот компьютер (файл архива в папке архива)</translation>
    </message>
    <message>
        <source>A &amp;server shared by your office (PostgreSQL)</source>
        <translation>Общий &amp;сервер вашей службы (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. archive.mfa.example</source>
        <translation>напр. archive.mfa.example</translation>
    </message>
    <message>
        <source>if the server offers it</source>
        <translation>если сервер поддерживает</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>required, and the server&apos;s certificate checked</source>
        <translation>обязательно, с проверкой сертификата сервера</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>&amp;Шифрование (SSL):</translation>
    </message>
    <message>
        <source>Chancery does not store passwords. Keep yours in the system keyring, or in your PostgreSQL password file (~/.pgpass).</source>
        <translation>Chancery не хранит пароли. Храните свой в системной связке ключей или в файле паролей PostgreSQL (~/.pgpass).</translation>
    </message>
    <message>
        <source>Keep Password in &amp;Keyring…</source>
        <translation>Сохранить пароль в свя&amp;зке ключей…</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>Проверить по&amp;дключение</translation>
    </message>
    <message>
        <source>The choice takes effect the next time Chancery starts.</source>
        <translation>Выбор вступит в силу при следующем запуске Chancery.</translation>
    </message>
    <message>
        <source>Keep Password in Keyring</source>
        <translation>Сохранить пароль в связке ключей</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>The password is in the system keyring.</source>
        <translation>Пароль сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>you may change it</source>
        <translation>вы можете его изменять</translation>
    </message>
    <message>
        <source>read-only for you</source>
        <translation>для вас только чтение</translation>
    </message>
    <message>
        <source>Connected to %1: %2 meeting(s); %3.</source>
        <translation>Подключено к %1: встреч — %2; %3.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Principals</source>
        <translation>Главы делегаций</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательная</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>ArchivePresence</name>
    <message>
        <source>offline copy of %1</source>
        <translation>автономная копия %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>The archive this window shows (Settings ▸ Archive chooses another)</source>
        <translation>Архив, который показывает это окно (другой выбирается в Настройки ▸ Архив)</translation>
    </message>
    <message>
        <source>Read-only archive</source>
        <translation>Архив только для чтения</translation>
    </message>
    <message>
        <source>Take a Copy &amp;Offline…</source>
        <translation>Сделать &amp;автономную копию…</translation>
    </message>
    <message>
        <source>Write a read-only copy of this server archive on this computer, for travel</source>
        <translation>Записать на этот компьютер копию серверного архива только для чтения — для поездок</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>, internal section restricted</source>
        <translation>, внутренний раздел закрыт</translation>
    </message>
    <message>
        <source>Archive: %1 (%2, %3)</source>
        <translation>Архив: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Offline copy of %1, taken %2 (read-only)</source>
        <translation>Автономная копия %1 от %2 (только чтение)</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Архив: %1</translation>
    </message>
    <message>
        <source>Read-only: this is an offline copy of %1 taken %2. Changes are made on the server; refresh the copy there with File ▸ Take a Copy Offline.</source>
        <translation>Только чтение: это автономная копия %1 от %2. Изменения вносятся на сервере; обновите копию там через Файл ▸ Сделать автономную копию.</translation>
    </message>
    <message>
        <source>Read-only: your account (%1) may read this archive but not change it. Ask your administrator for editor access.</source>
        <translation>Только чтение: ваша учётная запись (%1) может читать этот архив, но не изменять его. Попросите администратора о правах редактора.</translation>
    </message>
    <message>
        <source>The internal section (objectives, talking points, sensitivities, clearances) is restricted: your account may not read it. Ask your administrator for internal access if you need it.</source>
        <translation>Внутренний раздел (цели, тезисы, деликатные вопросы, согласования) закрыт: ваша учётная запись не может его читать. При необходимости попросите администратора о доступе.</translation>
    </message>
    <message>
        <source>&amp;Internal (restricted)</source>
        <translation>Внутр&amp;еннее (закрыто)</translation>
    </message>
    <message>
        <source>Restricted: ask your administrator for internal access</source>
        <translation>Закрыто: попросите администратора о доступе к внутреннему разделу</translation>
    </message>
    <message>
        <source>Copying %1 to this computer…</source>
        <translation>Копирование %1 на этот компьютер…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Take a Copy Offline</source>
        <translation>Автономная копия</translation>
    </message>
    <message>
        <source>Offline copy written to %1 (read-only). Open it with Settings ▸ Archive ▸ This computer, or chancery --archive %1.</source>
        <translation>Автономная копия записана в %1 (только чтение). Откройте её через Настройки ▸ Архив ▸ Этот компьютер или командой chancery --archive %1.</translation>
    </message>
    <message>
        <source>The offline copy was not written: %1</source>
        <translation>Автономная копия не записана: %1</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <source>Show the stored version (you are asked first about unsaved changes)</source>
        <translation>Показать сохранённую версию (сначала будет вопрос о несохранённых изменениях)</translation>
    </message>
    <message>
        <source>Moved to the trash by %1 at %2.</source>
        <translation>Перемещено в корзину пользователем %1 в %2.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2. Your form shows the earlier version.</source>
        <translation>Изменено пользователем %1 в %2. В вашей форме — прежняя версия.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Save conflict</source>
        <translation>Конфликт при сохранении</translation>
    </message>
    <message>
        <source>&lt;b&gt;This meeting was changed elsewhere since you opened it.&lt;/b&gt;&lt;br&gt;Another window or another user saved version %1 while you were editing version %2. Nothing has been overwritten: your changes are still in the form.</source>
        <translation>&lt;b&gt;Эта встреча была изменена в другом месте после того, как вы её открыли.&lt;/b&gt;&lt;br&gt;Другое окно или другой пользователь сохранил версию %1, пока вы редактировали версию %2. Ничего не перезаписано: ваши изменения остаются в форме.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Сравнить…</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>Загрузить их версию</translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>Сохранить мою как копию</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <source>Replace the form with the stored version; your changes are lost</source>
        <translation>Заменить форму сохранённой версией; ваши изменения будут потеряны</translation>
    </message>
    <message>
        <source>Store your version as a new draft and leave the other one as it is</source>
        <translation>Сохранить вашу версию как новый черновик, не трогая другую</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Сохранённая версия</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша</translation>
    </message>
    <message>
        <source>Reload the stored version</source>
        <translation>Загрузить сохранённую версию</translation>
    </message>
    <message>
        <source>Discard your changes and load the stored version?</source>
        <translation>Отменить ваши изменения и загрузить сохранённую версию?</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>(not set)</source>
        <translation>(не задана)</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country…</source>
        <translation>Введите страну…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>дд/мм/гггг</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>гггг-мм-дд</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The meeting “%1” has unsaved changes.</source>
        <translation>Во встрече «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>Do you want to save them before continuing?</source>
        <translation>Сохранить их, прежде чем продолжить?</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>Type of document…</source>
        <translation>Тип документа…</translation>
    </message>
    <message>
        <source>e.g. 2021-2022</source>
        <translation>напр. 2021-2022</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Exact title:</source>
        <translation>Точное название:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Подписали:</translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation>{} (не участник)</translation>
    </message>
    <message>
        <source>(add participants first)</source>
        <translation>(сначала добавьте участников)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>communiqué</source>
        <translation>коммюнике</translation>
    </message>
    <message>
        <source>briefing note</source>
        <translation>справка</translation>
    </message>
    <message>
        <source>record of conversation</source>
        <translation>запись беседы</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Экспорт документов</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Экспорт документа</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Документ Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf, through LibreOffice)</source>
        <translation>PDF (.pdf, через LibreOffice)</translation>
    </message>
    <message>
        <source>Plain text for the wire (.txt)</source>
        <translation>Простой текст для агентств (.txt)</translation>
    </message>
    <message>
        <source>HTML for e-mail (.html)</source>
        <translation>HTML для электронной почты (.html)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Экспортировать как</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Exporting documents…</source>
        <translation>Экспорт документов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)</source>
        <translation>Запись %1 (%2 из %3)</translation>
    </message>
    <message>
        <source>Stopping after the documents being written…</source>
        <translation>Остановка после документов, которые уже записываются…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written in %1</source>
        <translation>
            <numerusform>%n документ записан в %1</numerusform>
            <numerusform>%n документа записаны в %1</numerusform>
            <numerusform>%n документов записано в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationRow</name>
    <message>
        <source>invitation</source>
        <translation>приглашение</translation>
    </message>
    <message>
        <source>Kind of visit…</source>
        <translation>Тип визита…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Answer not known</source>
        <translation>Ответ неизвестен</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Визит:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation>{} (не участник)</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <source>item</source>
        <translation>пункт</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move {} {} up</source>
        <translation>Переместить {} {} вверх</translation>
    </message>
    <message>
        <source>Move {} {} down</source>
        <translation>Переместить {} {} вниз</translation>
    </message>
    <message>
        <source>Remove {} {}</source>
        <translation>Удалить {} {}</translation>
    </message>
</context>
<context>
    <name>LocalizedEdit</name>
    <message>
        <source>same in all languages</source>
        <translation>одинаково на всех языках</translation>
    </message>
    <message>
        <source>Write the value once, for every language (for names such as an agency&apos;s).</source>
        <translation>Ввести значение один раз для всех языков (для названий, например агентства).</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Missing translation: no {language} text yet. The {lang} document will report this field as missing.</source>
        <translation>Нет перевода: текста на языке «{language}» пока нет. Документ на языке {lang} отметит это поле как отсутствующее.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>нет перевода</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Replace the archive with one of its backups</source>
        <translation>Заменить архив одной из его резервных копий</translation>
    </message>
    <message>
        <source>Archive restored from the backup of %1; the archive as it was is in %2.</source>
        <translation>Архив восстановлен из резервной копии от %1; прежний архив сохранён в %2.</translation>
    </message>
    <message>
        <source>Chancery</source>
        <translation>Chancery</translation>
    </message>
    <message>
        <source>Search: names in any spelling, places, topics, country:KG, with:…</source>
        <translation>Поиск: имена в любом написании, места, темы, country:KG, with:…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Counterpart country</source>
        <translation>Страна собеседника</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>No meeting open</source>
        <translation>Встреча не открыта</translation>
    </message>
    <message>
        <source>Choose a meeting in the list to read or edit it,
or press %1 to record a new one.</source>
        <translation>Выберите встречу в списке, чтобы прочитать или изменить её,
или нажмите %1, чтобы записать новую.</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>&amp;Новая встреча</translation>
    </message>
    <message>
        <source>Record a new meeting</source>
        <translation>Записать новую встречу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the meeting to the archive</source>
        <translation>Сохранить встречу в архиве</translation>
    </message>
    <message>
        <source>&amp;Duplicate as New Draft</source>
        <translation>&amp;Дублировать как новый черновик</translation>
    </message>
    <message>
        <source>Start a new draft from this meeting</source>
        <translation>Начать новый черновик на основе этой встречи</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Throw away unsaved changes and reload the stored meeting</source>
        <translation>Отбросить несохранённые изменения и загрузить сохранённую встречу</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import meetings from a Chancery JSON file</source>
        <translation>Импортировать встречи из файла JSON Chancery</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write a communiqué, briefing note or record of conversation for the selected meetings</source>
        <translation>Подготовить коммюнике, справку или запись беседы по выбранным встречам</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the selected meetings as a Chancery JSON file</source>
        <translation>Сохранить выбранные встречи в файле JSON Chancery</translation>
    </message>
    <message>
        <source>Recover &amp;Unsaved Work…</source>
        <translation>&amp;Восстановить несохранённое…</translation>
    </message>
    <message>
        <source>Drafts kept automatically after a crash</source>
        <translation>Черновики, автоматически сохранённые после сбоя</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Ministry, output languages, archive folder</source>
        <translation>Министерство, языки документов, папка архива</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move the selected meetings to the trash</source>
        <translation>Переместить выбранные встречи в корзину</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>Bring back the meetings just deleted</source>
        <translation>Вернуть только что удалённые встречи</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Искать в архиве</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <source>The people met: spellings of their names, titles, meetings; merge two entries</source>
        <translation>Люди, с которыми были встречи: написания имён, должности, встречи; объединение двух записей</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Корзина…</translation>
    </message>
    <message>
        <source>Deleted meetings: restore or delete for good</source>
        <translation>Удалённые встречи: восстановить или удалить навсегда</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>Show the document as it will be written (Ctrl+Shift+P)</source>
        <translation>Показать документ таким, каким он будет создан (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>П&amp;роблемы</translation>
    </message>
    <message>
        <source>&amp;About Chancery</source>
        <translation>&amp;О программе Chancery</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Синтаксис поиска</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Панель &amp;инструментов</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Show the list of problems (click one to go to its field)</source>
        <translation>Показать список проблем (щёлкните по проблеме, чтобы перейти к полю)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Не удаётся открыть встречу</translation>
    </message>
    <message>
        <source>A copy of the meeting is open as a new draft; save it to keep it.</source>
        <translation>Копия встречи открыта как новый черновик; сохраните её, чтобы не потерять.</translation>
    </message>
    <message>
        <source>A final record must be complete and valid. Fix the problems listed, or save it as a draft.</source>
        <translation>Окончательная запись должна быть полной и правильной. Исправьте перечисленные проблемы или сохраните её как черновик.</translation>
    </message>
    <message>
        <source>Some fields hold what cannot be stored, even in a draft. Fix the problems listed.</source>
        <translation>Некоторые поля содержат то, что нельзя сохранить даже в черновике. Исправьте перечисленные проблемы.</translation>
    </message>
    <message>
        <source>The meeting was not saved</source>
        <translation>Встреча не сохранена</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Reloaded the stored version.</source>
        <translation>Сохранённая версия загружена.</translation>
    </message>
    <message>
        <source>Not saved: the meeting was changed elsewhere.</source>
        <translation>Не сохранено: встреча была изменена в другом месте.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <source>Your version was saved as a new draft.</source>
        <translation>Ваша версия сохранена как новый черновик.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Не удалось автосохранение: %1</translation>
    </message>
    <message>
        <source>Unsaved changes — kept safe at %1</source>
        <translation>Несохранённые изменения — подстрахованы в %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>New meeting, not saved yet</source>
        <translation>Новая встреча, ещё не сохранена</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Восстановить несохранённое</translation>
    </message>
    <message>
        <source>There is no unsaved work to recover.</source>
        <translation>Несохранённой работы для восстановления нет.</translation>
    </message>
    <message>
        <source>Unsaved work restored. Save it to keep it in the archive.</source>
        <translation>Несохранённая работа восстановлена. Сохраните её, чтобы она осталась в архиве.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Проблемы (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) match the filters</source>
        <translation>
            <numerusform>%n встреча соответствует фильтрам</numerusform>
            <numerusform>%n встречи соответствуют фильтрам</numerusform>
            <numerusform>%n встреч соответствуют фильтрам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings match “%1”.
Check the spelling, try fewer words, or clear the filters.</source>
        <translation>Нет встреч, соответствующих «%1».
Проверьте написание, сократите запрос или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>No meetings match these filters.</source>
        <translation>Нет встреч, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>The archive is empty.

Press %1 to record a meeting,
or use File ▸ Import… to bring in meetings from a JSON file.</source>
        <translation>Архив пуст.

Нажмите %1, чтобы записать встречу,
или выберите Файл ▸ Импорт…, чтобы загрузить встречи из файла JSON.</translation>
    </message>
    <message>
        <source>at: %1</source>
        <translation>в месте: %1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words to find meetings that contain all of them, in any language or spelling.&lt;/p&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;bayramov&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a name, a place, a topic…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;energy security&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;an exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kazak*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words starting with…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-transit&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a OR b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:KG&lt;/code&gt;&lt;/td&gt;&lt;td&gt;counterpart country (code or name)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:phone_call&lt;/code&gt;&lt;/td&gt;&lt;td&gt;kind of meeting&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;with:kazakbaev&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a participant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:2021-01-01 before:…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2021 status:draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;year, status&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;signed:programme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;documents signed&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Введите слова, чтобы найти встречи, содержащие их все, на любом языке и в любом написании.&lt;/p&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;байрамов&lt;/code&gt;&lt;/td&gt;&lt;td&gt;имя, место, тема…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;энергетическая безопасность&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;точная фраза&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;казак*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;слова, начинающиеся с…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-транзит&lt;/code&gt;&lt;/td&gt;&lt;td&gt;без этого слова&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a OR b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;одно из слов&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;country:KG&lt;/code&gt;&lt;/td&gt;&lt;td&gt;страна собеседника (код или название)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;kind:phone_call&lt;/code&gt;&lt;/td&gt;&lt;td&gt;вид встречи&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;with:kazakbaev&lt;/code&gt;&lt;/td&gt;&lt;td&gt;участник&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:2021-01-01 before:…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;даты&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;year:2021 status:draft&lt;/code&gt;&lt;/td&gt;&lt;td&gt;год, статус&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;signed:programme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;подписанные документы&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Move the meeting “%1” to the trash?</source>
        <translation>Переместить встречу «%1» в корзину?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n meeting(s) to the trash?</source>
        <translation>
            <numerusform>Переместить %n встречу в корзину?</numerusform>
            <numerusform>Переместить %n встречи в корзину?</numerusform>
            <numerusform>Переместить %n встреч в корзину?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>You can restore deleted meetings from Edit ▸ Trash.</source>
        <translation>Удалённые встречи можно восстановить через Правка ▸ Корзина.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>В корзину</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) moved to the trash.</source>
        <translation>
            <numerusform>%n встреча перемещена в корзину.</numerusform>
            <numerusform>%n встречи перемещены в корзину.</numerusform>
            <numerusform>%n встреч перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) restored.</source>
        <translation>
            <numerusform>%n встреча восстановлена.</numerusform>
            <numerusform>%n встречи восстановлены.</numerusform>
            <numerusform>%n встреч восстановлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Встреч пока нет</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Экспорт в JSON</translation>
    </message>
    <message>
        <source>Chancery JSON (*.json)</source>
        <translation>JSON Chancery (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to %1</source>
        <translation>
            <numerusform>%n встреча записана в %1</numerusform>
            <numerusform>%n встречи записаны в %1</numerusform>
            <numerusform>%n встреч записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Импорт встреч</translation>
    </message>
    <message>
        <source>Chancery JSON (*.json);;All files (*)</source>
        <translation>JSON Chancery (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Importing meetings…</source>
        <translation>Импорт встреч…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Импортировано: новых — %1, обновлённых — %2, без изменений — %3.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Some changes take effect the next time Chancery starts.</source>
        <translation>Некоторые изменения вступят в силу при следующем запуске Chancery.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Chancery starts.</source>
        <translation>При следующем запуске Chancery интерфейс будет на языке: %1.</translation>
    </message>
    <message>
        <source>About Chancery</source>
        <translation>О программе Chancery</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chancery %1&lt;/h3&gt;&lt;p&gt;Record diplomatic meetings, keep an offline archive, and write communiqués, briefing notes and records of conversation from it.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chancery %1&lt;/h3&gt;&lt;p&gt;Записывайте дипломатические встречи, храните их в автономном архиве и готовьте по ним коммюнике, справки и записи бесед.&lt;/p&gt;&lt;p&gt;Архив: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;Meeting</source>
        <translation>Встре&amp;ча</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>Содер&amp;жание</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Итоги</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>Внутр&amp;еннее</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>+ language</source>
        <translation>+ язык</translation>
    </message>
    <message>
        <source>Show one more language in this form (a BCP 47 tag such as az), e.g. for the spelling of a name. The output languages are set in Settings.</source>
        <translation>Показать в этой форме ещё один язык (тег BCP 47, например az), скажем, для написания имени. Языки документов задаются в настройках.</translation>
    </message>
    <message>
        <source>Choose the kind of meeting…</source>
        <translation>Выберите тип встречи…</translation>
    </message>
    <message>
        <source>— not stated</source>
        <translation>— не указано</translation>
    </message>
    <message>
        <source>For a meeting over several days; leave empty otherwise</source>
        <translation>Для встречи, длящейся несколько дней; иначе оставьте пустым</translation>
    </message>
    <message>
        <source>Who asked for the call, or at whose invitation the visit took place</source>
        <translation>Кто попросил о разговоре или по чьему приглашению состоялся визит</translation>
    </message>
    <message>
        <source>A draft may be incomplete; a final record must be valid</source>
        <translation>Черновик может быть неполным; окончательная запись должна быть правильной</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>End &amp;date:</source>
        <translation>Дата о&amp;кончания:</translation>
    </message>
    <message>
        <source>Our &amp;side:</source>
        <translation>Наша ро&amp;ль:</translation>
    </message>
    <message>
        <source>Initiated &amp;by:</source>
        <translation>По ини&amp;циативе:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation>Г&amp;риф:</translation>
    </message>
    <message>
        <source>The multilateral event, e.g. “session of the UN General Assembly”</source>
        <translation>Многостороннее мероприятие, например «сессия Генеральной Ассамблеи ООН»</translation>
    </message>
    <message>
        <source>e.g. 76 for the 76th session</source>
        <translation>напр. 76 для 76-й сессии</translation>
    </message>
    <message>
        <source>Occasion (meeting on the sidelines)</source>
        <translation>Мероприятие (встреча на полях)</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>Ordinal:</source>
        <translation>Число лет:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Место проведения:</translation>
    </message>
    <message>
        <source>The issuing ministry or office, when there is no agency</source>
        <translation>Министерство или служба, выпускающие текст, если нет агентства</translation>
    </message>
    <message>
        <source>The city that opens the communiqué (“Bakou, 2 juillet”)</source>
        <translation>Город, с которого начинается коммюнике («Баку, 2 июля»)</translation>
    </message>
    <message>
        <source>A sourcing line (“according to the ministry&apos;s press service”)</source>
        <translation>Ссылка на источник («по сообщению пресс-службы министерства»)</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Агентств&amp;о:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Издатель:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>Город в дате:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубликовано:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>&amp;Topics discussed</source>
        <translation>&amp;Обсуждённые темы</translation>
    </message>
    <message>
        <source>Areas of coope&amp;ration</source>
        <translation>Области со&amp;трудничества</translation>
    </message>
    <message>
        <source>&amp;Add statement</source>
        <translation>&amp;Добавить заявление</translation>
    </message>
    <message>
        <source>No statement yet: add what each side said.</source>
        <translation>Заявлений пока нет: добавьте, что сказала каждая сторона.</translation>
    </message>
    <message>
        <source>&amp;Statements (reported speech)</source>
        <translation>За&amp;явления (косвенная речь)</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>No document signed.</source>
        <translation>Документы не подписаны.</translation>
    </message>
    <message>
        <source>Add invitation</source>
        <translation>Добавить приглашение</translation>
    </message>
    <message>
        <source>No invitation extended.</source>
        <translation>Приглашений не было.</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>No follow-up agreed.</source>
        <translation>Дальнейшие шаги не согласованы.</translation>
    </message>
    <message>
        <source>&amp;Documents signed</source>
        <translation>Подписанные &amp;документы</translation>
    </message>
    <message>
        <source>Invi&amp;tations</source>
        <translation>При&amp;глашения</translation>
    </message>
    <message>
        <source>&amp;Anniversaries</source>
        <translation>Годов&amp;щины</translation>
    </message>
    <message>
        <source>Next &amp;steps</source>
        <translation>Дальнейшие &amp;шаги</translation>
    </message>
    <message>
        <source>Material for the internal documents (briefing note, record of conversation): never printed in a communiqué.</source>
        <translation>Материалы для внутренних документов (справка, запись беседы): никогда не печатаются в коммюнике.</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>No objective yet.</source>
        <translation>Целей пока нет.</translation>
    </message>
    <message>
        <source>Add talking point</source>
        <translation>Добавить тезис</translation>
    </message>
    <message>
        <source>No talking point yet.</source>
        <translation>Тезисов пока нет.</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Один адресат в строке</translation>
    </message>
    <message>
        <source>Who receives the record of conversation; printed at its end</source>
        <translation>Кто получает запись беседы; печатается в её конце</translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>&amp;Цели</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>&amp;Тезисы</translation>
    </message>
    <message>
        <source>&amp;Sensitivities:</source>
        <translation>&amp;Деликатные вопросы:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Рекомендация:</translation>
    </message>
    <message>
        <source>C&amp;leared by:</source>
        <translation>Со&amp;гласовал:</translation>
    </message>
    <message>
        <source>Prepared b&amp;y:</source>
        <translation>Подгот&amp;овил:</translation>
    </message>
    <message>
        <source>&amp;Distribution:</source>
        <translation>Р&amp;ассылка:</translation>
    </message>
    <message>
        <source>Free notes: searchable in the archive, never printed.</source>
        <translation>Свободные заметки: по ним можно искать в архиве, они никогда не печатаются.</translation>
    </message>
    <message>
        <source>Languages: {}</source>
        <translation>Языки: {}</translation>
    </message>
    <message>
        <source>Output languages: {} (Settings). Empty ones are flagged where another language is filled.</source>
        <translation>Языки документов: {} (настройки). Пустые поля отмечаются, если заполнен другой язык.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge With</source>
        <translation>Объединить с</translation>
    </message>
    <message>
        <source>The &amp;same person as “%1”:</source>
        <translation>&amp;Тот же человек, что и «%1»:</translation>
    </message>
</context>
<context>
    <name>NextStepRow</name>
    <message>
        <source>next step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>a service or a person</source>
        <translation>служба или человек</translation>
    </message>
    <message>
        <source>Who follows this up; printed in the record of conversation&apos;s follow-up table</source>
        <translation>Кто отвечает за выполнение; печатается в таблице дальнейших шагов записи беседы</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Done steps are no longer listed as open in later briefing notes</source>
        <translation>Выполненные шаги больше не значатся открытыми в последующих справках</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вве&amp;рх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation>Добавить участника (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Move the selected participant up (Ctrl+Shift+Up)</source>
        <translation>Переместить выбранного участника вверх (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move the selected participant down (Ctrl+Shift+Down)</source>
        <translation>Переместить выбранного участника вниз (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Type a name in any spelling to pick a person from the directory; Enter or F2 edits a cell.</source>
        <translation>Введите имя в любом написании, чтобы выбрать человека из справочника; Enter или F2 — правка ячейки.</translation>
    </message>
    <message>
        <source>Select a participant to see all of it here.</source>
        <translation>Выберите участника, чтобы увидеть здесь все сведения о нём.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Ref</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Missing translation: no {language} text yet</source>
        <translation>Нет перевода: текста на языке «{language}» пока нет</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Filter: any spelling, in any script</source>
        <translation>Фильтр: любое написание, любая письменность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Текущая должность</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Написание</translation>
    </message>
    <message>
        <source>&amp;Add Spelling</source>
        <translation>&amp;Добавить написание</translation>
    </message>
    <message>
        <source>A spelling in any language or script: type its language tag (az, ru, tr…) and the name</source>
        <translation>Написание на любом языке и любой письменностью: введите тег языка (az, ru, tr…) и имя</translation>
    </message>
    <message>
        <source>&amp;Remove Spelling</source>
        <translation>&amp;Удалить написание</translation>
    </message>
    <message>
        <source>Spellings of the name</source>
        <translation>Написания имени</translation>
    </message>
    <message>
        <source>— not stated</source>
        <translation>— не указано</translation>
    </message>
    <message>
        <source>The title filled in when the person is chosen for a new meeting</source>
        <translation>Должность, которая подставляется, когда человек выбран для новой встречи</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>&amp;Текущая должность:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Titles held, as the meetings recorded them</source>
        <translation>Должности — по записям встреч</translation>
    </message>
    <message>
        <source>Double-click a meeting, or press Enter on it, to open it.</source>
        <translation>Дважды щёлкните по встрече или нажмите Enter, чтобы открыть её.</translation>
    </message>
    <message>
        <source>&amp;Merge With…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>This entry and another are the same person: keep one, with the spellings and meetings of both</source>
        <translation>Эта запись и другая — один и тот же человек: оставить одну, с написаниями и встречами обеих</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Выберите человека в списке.</translation>
    </message>
    <message>
        <source>No meeting in the archive yet.</source>
        <translation>В архиве пока нет встреч.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Сохранить изменения для «%1»?</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Объединение записей</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%2” into “%1”? The spellings of both are kept, and the %n meeting(s) of “%2” will be listed under “%1”. This cannot be undone.</source>
        <translation>
            <numerusform>Объединить «%2» с «%1»? Написания обеих записей сохранятся, а %n встреча «%2» будет числиться за «%1». Это действие необратимо.</numerusform>
            <numerusform>Объединить «%2» с «%1»? Написания обеих записей сохранятся, а %n встречи «%2» будут числиться за «%1». Это действие необратимо.</numerusform>
            <numerusform>Объединить «%2» с «%1»? Написания обеих записей сохранятся, а %n встреч «%2» будут числиться за «%1». Это действие необратимо.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>E&amp;xact Word layout</source>
        <translation>Точная &amp;вёрстка Word</translation>
    </message>
    <message>
        <source>Show the Word document itself, as it will be written (slower to refresh). Your own templates are always shown this way.</source>
        <translation>Показать сам документ Word в том виде, в каком он будет записан (обновляется медленнее). Ваши собственные шаблоны всегда показываются так.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Missing text in %1: %2</source>
        <translation>Нет текста на языке %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The document cannot be rendered: %1</source>
        <translation>Не удаётся создать документ: %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутреннее</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>Наша роль</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>По инициативе</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Place ▸ City</source>
        <translation>Место ▸ Город</translation>
    </message>
    <message>
        <source>Place ▸ Country</source>
        <translation>Место ▸ Страна</translation>
    </message>
    <message>
        <source>Place ▸ Venue</source>
        <translation>Место ▸ Место проведения</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Publication ▸ Agency</source>
        <translation>Публикация ▸ Агентство</translation>
    </message>
    <message>
        <source>Publication ▸ Publisher</source>
        <translation>Публикация ▸ Издатель</translation>
    </message>
    <message>
        <source>Publication ▸ Dateline</source>
        <translation>Публикация ▸ Город в дате</translation>
    </message>
    <message>
        <source>Publication ▸ Published</source>
        <translation>Публикация ▸ Опубликовано</translation>
    </message>
    <message>
        <source>Publication ▸ Attribution</source>
        <translation>Публикация ▸ Источник</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Occasion ▸ Event</source>
        <translation>Мероприятие ▸ Название</translation>
    </message>
    <message>
        <source>Occasion ▸ Ordinal</source>
        <translation>Мероприятие ▸ Номер</translation>
    </message>
    <message>
        <source>Occasion ▸ When</source>
        <translation>Мероприятие ▸ Когда</translation>
    </message>
    <message>
        <source>Topics discussed</source>
        <translation>Обсуждённые темы</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Области сотрудничества</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Documents signed</source>
        <translation>Подписанные документы</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Приглашения</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>Годовщины</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тезисы</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Деликатные вопросы</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Согласовал</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>участник %1</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>тема %1</translation>
    </message>
    <message>
        <source>area of cooperation %1</source>
        <translation>область сотрудничества %1</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>заявление %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>invitation %1</source>
        <translation>приглашение %1</translation>
    </message>
    <message>
        <source>anniversary %1</source>
        <translation>годовщина %1</translation>
    </message>
    <message>
        <source>next step %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>talking point %1</source>
        <translation>тезис %1</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Кто сказал</translation>
    </message>
    <message>
        <source>Reporting verb</source>
        <translation>Глагол речи</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписали</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Число лет</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Чего</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>By</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>%1 tab, %2 column</source>
        <translation>вкладка «%1», столбец «%2»</translation>
    </message>
    <message>
        <source>%1 tab, %2</source>
        <translation>вкладка «%1», %2</translation>
    </message>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>Выберите тип встречи.</translation>
    </message>
    <message>
        <source>Choose whether the record is a draft or final.</source>
        <translation>Укажите, черновик это или окончательная запись.</translation>
    </message>
    <message>
        <source>Choose the classification.</source>
        <translation>Выберите гриф.</translation>
    </message>
    <message>
        <source>Choose which side we are: Meeting tab, Our side.</source>
        <translation>Укажите нашу роль: вкладка «Встреча», «Наша роль».</translation>
    </message>
    <message>
        <source>Type the date of the meeting (e.g. %1): Meeting tab, Date.</source>
        <translation>Введите дату встречи (например, %1): вкладка «Встреча», «Дата».</translation>
    </message>
    <message>
        <source>Choose the country where the meeting took place: Meeting tab, Place ▸ Country.</source>
        <translation>Выберите страну, где прошла встреча: вкладка «Встреча», Место ▸ Страна.</translation>
    </message>
    <message>
        <source>Write the city where the meeting took place: Meeting tab, Place ▸ City.</source>
        <translation>Укажите город, где прошла встреча: вкладка «Встреча», Место ▸ Город.</translation>
    </message>
    <message>
        <source>Write the event the meeting took place at: Meeting tab, Occasion ▸ Event.</source>
        <translation>Укажите мероприятие, на полях которого прошла встреча: вкладка «Встреча», Мероприятие ▸ Название.</translation>
    </message>
    <message>
        <source>Choose when the meeting took place: Meeting tab, Occasion ▸ When.</source>
        <translation>Укажите, когда прошла встреча: вкладка «Встреча», Мероприятие ▸ Когда.</translation>
    </message>
    <message>
        <source>The record has no identifier; import it again or duplicate it.</source>
        <translation>У записи нет идентификатора; импортируйте её заново или создайте дубликат.</translation>
    </message>
    <message>
        <source>Write the name of participant %1: Participants tab, Name column.</source>
        <translation>Введите имя участника %1: вкладка «Участники», столбец «Имя».</translation>
    </message>
    <message>
        <source>Choose the side of participant %1: Participants tab, Side column.</source>
        <translation>Выберите сторону участника %1: вкладка «Участники», столбец «Сторона».</translation>
    </message>
    <message>
        <source>Choose the role of participant %1: Participants tab, Role column.</source>
        <translation>Выберите роль участника %1: вкладка «Участники», столбец «Роль».</translation>
    </message>
    <message>
        <source>Give participant %1 a short ref such as p%1: Participants tab, Ref column.</source>
        <translation>Дайте участнику %1 короткий код, например p%1: вкладка «Участники», столбец «Код».</translation>
    </message>
    <message>
        <source>Choose the country of participant %1: Participants tab, Country column.</source>
        <translation>Выберите страну участника %1: вкладка «Участники», столбец «Страна».</translation>
    </message>
    <message>
        <source>Write what was said in statement %1, or remove it: Content tab.</source>
        <translation>Напишите, что было сказано в заявлении %1, или удалите его: вкладка «Содержание».</translation>
    </message>
    <message>
        <source>Choose the type of document %1: Outcomes tab.</source>
        <translation>Выберите тип документа %1: вкладка «Итоги».</translation>
    </message>
    <message>
        <source>Write the exact title of document %1: Outcomes tab.</source>
        <translation>Введите точное название документа %1: вкладка «Итоги».</translation>
    </message>
    <message>
        <source>Choose the kind of visit of invitation %1: Outcomes tab.</source>
        <translation>Выберите тип визита в приглашении %1: вкладка «Итоги».</translation>
    </message>
    <message>
        <source>Choose what anniversary %1 celebrates: Outcomes tab.</source>
        <translation>Укажите, чему посвящена годовщина %1: вкладка «Итоги».</translation>
    </message>
    <message>
        <source>Write next step %1, or remove it: Outcomes tab.</source>
        <translation>Опишите шаг %1 или удалите его: вкладка «Итоги».</translation>
    </message>
    <message>
        <source>Write %1, or remove it: %2.</source>
        <translation>Заполните пункт «%1» или удалите его: %2.</translation>
    </message>
    <message>
        <source>Fill in %1: %2 tab.</source>
        <translation>Заполните поле «%1»: вкладка «%2».</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2, or a year such as 1993.</source>
        <translation>«%1» — не дата: введите её в виде %2 или год, например 1993.</translation>
    </message>
    <message>
        <source>Choose the countries of both sides first.</source>
        <translation>Сначала выберите страны обеих сторон.</translation>
    </message>
    <message>
        <source>Give the person at least one spelling of the name.</source>
        <translation>Укажите хотя бы одно написание имени.</translation>
    </message>
    <message>
        <source>Spelling %1: “%2” is not a language tag; type a tag such as az, ru or tr.</source>
        <translation>Написание %1: «%2» — не тег языка; введите тег, например az, ru или tr.</translation>
    </message>
    <message>
        <source>Spelling %1: “%2” is listed twice; remove one.</source>
        <translation>Написание %1: «%2» указано дважды; удалите одно.</translation>
    </message>
    <message>
        <source>Spelling %1 is empty: write the name or remove the line.</source>
        <translation>Написание %1 пустое: введите имя или удалите строку.</translation>
    </message>
    <message>
        <source>“%1” is not a country: choose one from the list.</source>
        <translation>«%1» — не страна: выберите страну из списка.</translation>
    </message>
    <message>
        <source>Choose another entry: an entry cannot be merged with itself.</source>
        <translation>Выберите другую запись: запись нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <source>%1 cannot be stored as it is; correct it.</source>
        <translation>%1 нельзя сохранить в таком виде; исправьте.</translation>
    </message>
    <message>
        <source>Mark the principal of the called side: Participants tab, Role column.</source>
        <translation>Отметьте главу вызываемой стороны: вкладка «Участники», столбец «Роль».</translation>
    </message>
    <message>
        <source>Mark the head of the visiting delegation: Participants tab, Role column.</source>
        <translation>Отметьте главу гостевой делегации: вкладка «Участники», столбец «Роль».</translation>
    </message>
    <message>
        <source>Mark the principal of the calling side: Participants tab, Role column.</source>
        <translation>Отметьте главу вызывающей стороны: вкладка «Участники», столбец «Роль».</translation>
    </message>
    <message>
        <source>Mark the head of the host delegation: Participants tab, Role column.</source>
        <translation>Отметьте главу принимающей делегации: вкладка «Участники», столбец «Роль».</translation>
    </message>
    <message>
        <source>A meeting on the sidelines needs its event: Meeting tab, Occasion ▸ Event.</source>
        <translation>Для встречи на полях нужно указать мероприятие: вкладка «Встреча», Мероприятие ▸ Название.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the calendar; type it as %3.</source>
        <translation>%1: «%2» — не календарная дата; введите её в виде %3.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the date of the meeting (%2); correct one of them: Meeting tab.</source>
        <translation>Дата окончания (%1) раньше даты встречи (%2); исправьте одну из них: вкладка «Встреча».</translation>
    </message>
    <message>
        <source>%1: “%2” is not in the list; choose an entry from the list.</source>
        <translation>%1: «%2» нет в списке; выберите значение из списка.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a country code; choose a country from the list.</source>
        <translation>%1: «%2» — не код страны; выберите страну из списка.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a participant of this meeting; choose a participant from the list.</source>
        <translation>%1: «%2» не участник этой встречи; выберите участника из списка.</translation>
    </message>
    <message>
        <source>%1: the ref “%2” is used by two participants; give each its own: Participants tab, Ref column.</source>
        <translation>%1: код «%2» есть у двух участников; дайте каждому свой: вкладка «Участники», столбец «Код».</translation>
    </message>
    <message>
        <source>%1: type a whole number such as 30.</source>
        <translation>%1: введите целое число, например 30.</translation>
    </message>
    <message>
        <source>%1: type a year of four digits such as 2022.</source>
        <translation>%1: введите год из четырёх цифр, например 2022.</translation>
    </message>
    <message>
        <source>%1 held invisible control characters (from pasted text); they are removed when you save.</source>
        <translation>%1: здесь были невидимые управляющие символы (из вставленного текста); они удаляются при сохранении.</translation>
    </message>
    <message>
        <source>%1 cannot be used as it is (%2); correct it or clear it.</source>
        <translation>%1 нельзя использовать в таком виде (%2); исправьте или очистите поле.</translation>
    </message>
    <message>
        <source>Write the %1 text of %2: %3 tab.</source>
        <translation>Введите текст на языке «%1» для поля %2: вкладка «%3».</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>No problems: the record is complete.</source>
        <translation>Проблем нет: запись полная.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Восстановить несохранённое</translation>
    </message>
    <message>
        <source>Chancery was not closed normally. These meetings had changes that were not saved; they were kept automatically. Restore one to continue where you left off.</source>
        <translation>Работа Chancery была завершена некорректно. В этих встречах были несохранённые изменения; они сохранены автоматически. Восстановите одну, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>new, never saved</source>
        <translation>новая, ни разу не сохранялась</translation>
    </message>
    <message>
        <source>changes to a saved meeting</source>
        <translation>изменения сохранённой встречи</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Автосохранение %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Keep the drafts; File ▸ Recover Unsaved Work offers them again</source>
        <translation>Оставить черновики; Файл ▸ Восстановить несохранённое предложит их снова</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Отбросить несохранённое</translation>
    </message>
    <message>
        <source>Discard the selected unsaved changes for good?</source>
        <translation>Отбросить выбранные несохранённые изменения навсегда?</translation>
    </message>
</context>
<context>
    <name>RelationsDateDialog</name>
    <message>
        <source>Diplomatic relations</source>
        <translation>Дипломатические отношения</translation>
    </message>
    <message>
        <source>When did %1 and %2 establish diplomatic relations?</source>
        <translation>Когда %1 и %2 установили дипломатические отношения?</translation>
    </message>
    <message>
        <source>&amp;Date or year:</source>
        <translation>&amp;Дата или год:</translation>
    </message>
    <message>
        <source>A date such as %1, or a year such as 1993. It is kept with the archive, for everyone who uses it.</source>
        <translation>Дата, например %1, или год, например 1993. Она хранится в архиве и доступна всем, кто им пользуется.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Other &amp;File…</source>
        <translation>Другой &amp;файл…</translation>
    </message>
    <message>
        <source>This archive is on a server: it is backed up on the server. Ask its administrator to restore a backup.</source>
        <translation>Этот архив находится на сервере, и его резервные копии делаются на сервере. Попросите администратора сервера восстановить резервную копию.</translation>
    </message>
    <message numerus="yes">
        <source>Restoring replaces the whole archive (%n meeting(s) now) with the backup you choose. The archive as it is now is kept in the backups folder first, so a restore can be undone.</source>
        <translation>
            <numerusform>Восстановление заменяет весь архив (сейчас в нём %n встреча) выбранной резервной копией. Прежний архив сначала сохраняется в папке резервных копий, поэтому восстановление можно отменить.</numerusform>
            <numerusform>Восстановление заменяет весь архив (сейчас в нём %n встречи) выбранной резервной копией. Прежний архив сначала сохраняется в папке резервных копий, поэтому восстановление можно отменить.</numerusform>
            <numerusform>Восстановление заменяет весь архив (сейчас в нём %n встреч) выбранной резервной копией. Прежний архив сначала сохраняется в папке резервных копий, поэтому восстановление можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>По запросу</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другая</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>There are no backups yet. Chancery makes one each day you use it and before every upgrade; you can also restore a backup file from elsewhere with Other File…</source>
        <translation>Резервных копий пока нет. Chancery делает копию в каждый день работы и перед каждым обновлением; файл резервной копии из другого места можно восстановить кнопкой «Другой файл…».</translation>
    </message>
    <message>
        <source>Restore a backup file</source>
        <translation>Восстановить файл резервной копии</translation>
    </message>
    <message>
        <source>Chancery archives (*.sqlite);;All files (*)</source>
        <translation>Архивы Chancery (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the archive with the backup made %1 (%n meeting(s))?</source>
        <translation>
            <numerusform>Заменить архив резервной копией от %1 (%n встреча)?</numerusform>
            <numerusform>Заменить архив резервной копией от %1 (%n встречи)?</numerusform>
            <numerusform>Заменить архив резервной копией от %1 (%n встреч)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring the archive…</source>
        <translation>Восстановление архива…</translation>
    </message>
    <message>
        <source>The archive was not restored: %1</source>
        <translation>Архив не восстановлен: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>e.g. AZERTAC (leave empty when the ministry publishes)</source>
        <translation>напр. AZERTAC (оставьте пустым, если публикует министерство)</translation>
    </message>
    <message>
        <source>Your ministry</source>
        <translation>Ваше министерство</translation>
    </message>
    <message>
        <source>Home &amp;country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Ministry name:</source>
        <translation>&amp;Название министерства:</translation>
    </message>
    <message>
        <source>News &amp;agency:</source>
        <translation>Информационное &amp;агентство:</translation>
    </message>
    <message>
        <source>Default &amp;dateline city:</source>
        <translation>&amp;Город в дате по умолчанию:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Output languages:</source>
        <translation>Языки документов:</translation>
    </message>
    <message>
        <source>The form asks for every localised text in these languages.</source>
        <translation>Форма запрашивает каждый переводимый текст на этих языках.</translation>
    </message>
    <message>
        <source>M. Baïramov, Mme Colonna</source>
        <translation>M. Baïramov, Mme Colonna</translation>
    </message>
    <message>
        <source>Baïramov, Colonna (surname only)</source>
        <translation>Baïramov, Colonna (только фамилия)</translation>
    </message>
    <message>
        <source>British (2 July, organisation)</source>
        <translation>Британский (2 July, organisation)</translation>
    </message>
    <message>
        <source>American (July 2, organization)</source>
        <translation>Американский (July 2, organization)</translation>
    </message>
    <message>
        <source>Minister Bayramov (title and surname)</source>
        <translation>Minister Bayramov (должность и фамилия)</translation>
    </message>
    <message>
        <source>Bayramov (surname only)</source>
        <translation>Bayramov (только фамилия)</translation>
    </message>
    <message>
        <source>French, after the first men&amp;tion:</source>
        <translation>Французский, при повт&amp;орном упоминании:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>Анг&amp;лийский:</translation>
    </message>
    <message>
        <source>English, after the first me&amp;ntion:</source>
        <translation>Английский, при повторном упо&amp;минании:</translation>
    </message>
    <message>
        <source>The line above a briefing note&apos;s subject, e.g. &quot;Note pour le Ministre&quot;. Leave empty to address each note to the office of our principal.</source>
        <translation>Строка над темой справки, например «Министру». Оставьте пустой, чтобы адресовать каждую справку аппарату главы нашей делегации.</translation>
    </message>
    <message>
        <source>Briefing note &amp;heading:</source>
        <translation>Заголово&amp;к справки:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Archive &amp;folder:</source>
        <translation>&amp;Папка архива:</translation>
    </message>
    <message>
        <source>Archi&amp;ve:</source>
        <translation>Ар&amp;хив:</translation>
    </message>
    <message>
        <source>Changes in this section take effect the next time Chancery starts.</source>
        <translation>Изменения в этом разделе вступят в силу при следующем запуске Chancery.</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Выберите папку архива</translation>
    </message>
    <message>
        <source>Choose at least one output language.</source>
        <translation>Выберите хотя бы один язык документов.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Calling side</source>
        <translation>Вызывающая сторона</translation>
    </message>
    <message>
        <source>Called side</source>
        <translation>Вызываемая сторона</translation>
    </message>
    <message>
        <source>Host side</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Visiting side</source>
        <translation>Гостевая сторона</translation>
    </message>
    <message>
        <source>We are the calling side</source>
        <translation>Мы — вызывающая сторона</translation>
    </message>
    <message>
        <source>We are the called side</source>
        <translation>Мы — вызываемая сторона</translation>
    </message>
    <message>
        <source>We are the host</source>
        <translation>Мы — принимающая сторона</translation>
    </message>
    <message>
        <source>We are the visiting side</source>
        <translation>Мы — гостевая сторона</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The daily backup of the archive could not be made: %1</source>
        <translation>Не удалось сделать ежедневную резервную копию архива: %1</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Chancery archives (*.sqlite)</source>
        <translation>Архивы Chancery (*.sqlite)</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Открытие архива…</translation>
    </message>
    <message>
        <source>Chancery</source>
        <translation>Chancery</translation>
    </message>
    <message>
        <source>Chancery cannot open the archive</source>
        <translation>Chancery не может открыть архив</translation>
    </message>
    <message>
        <source>The archive could not be opened.</source>
        <translation>Не удалось открыть архив.</translation>
    </message>
    <message>
        <source>Unexpected error: %1
Details were written to %2.</source>
        <translation>Непредвиденная ошибка: %1
Подробности записаны в %2.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <source>Filling the archive with sample meetings…</source>
        <translation>Заполнение архива примерами встреч…</translation>
    </message>
    <message>
        <source>Sample meetings</source>
        <translation>Примеры встреч</translation>
    </message>
    <message>
        <source>The sample meetings could not be created: %1</source>
        <translation>Не удалось создать примеры встреч: %1</translation>
    </message>
</context>
<context>
    <name>StatementRow</name>
    <message>
        <source>Both principals (the sides)</source>
        <translation>Обе главы делегаций (стороны)</translation>
    </message>
    <message>
        <source>(impersonal)</source>
        <translation>(безлично)</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>Who said it: a participant, both principals (“the sides”), or nobody in particular (“it was agreed”)</source>
        <translation>Кто это сказал: участник, обе главы делегаций («стороны») или никто конкретно («было решено»)</translation>
    </message>
    <message>
        <source>— (text is a whole sentence)</source>
        <translation>— (текст — целое предложение)</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Кто сказал:</translation>
    </message>
    <message>
        <source>Reporting verb:</source>
        <translation>Глагол речи:</translation>
    </message>
    <message>
        <source>Direct quotation (the speaker&apos;s own words)</source>
        <translation>Прямая цитата (собственные слова говорящего)</translation>
    </message>
    <message>
        <source>Print the text in quotation marks, followed by who said it: «&#xa0;…&#xa0;», a déclaré M. X / “…,” Mr X said</source>
        <translation>Напечатать текст в кавычках и указать, кто это сказал: «&#xa0;…&#xa0;», a déclaré M. X / “…,” Mr X said</translation>
    </message>
    <message>
        <source>the speaker&apos;s own words, as they will be quoted</source>
        <translation>собственные слова говорящего, как они будут процитированы</translation>
    </message>
    <message>
        <source>a whole sentence, as it will be printed</source>
        <translation>целое предложение, как оно будет напечатано</translation>
    </message>
    <message>
        <source>{} (not a participant)</source>
        <translation>{} (не участник)</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Press release</source>
        <translation>Пресс-релиз</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Record of conversation</source>
        <translation>Запись беседы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(ваш)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Delete Permanently…</source>
        <translation>Удалить навсегда…</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n meeting(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n встречу навсегда? Это действие необратимо.</numerusform>
            <numerusform>Удалить %n встречи навсегда? Это действие необратимо.</numerusform>
            <numerusform>Удалить %n встреч навсегда? Это действие необратимо.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n meeting(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить навсегда %n встречу из корзины? Это действие необратимо.</numerusform>
            <numerusform>Удалить навсегда все %n встречи из корзины? Это действие необратимо.</numerusform>
            <numerusform>Удалить навсегда все %n встреч из корзины? Это действие необратимо.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>{} (unknown code)</source>
        <translation>{} (неизвестный код)</translation>
    </message>
</context>
<context>
    <name>VocabularyChecklist</name>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a subject the list does not have, written in each language</source>
        <translation>Добавить тему, которой нет в списке, на каждом языке</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Другое:</translation>
    </message>
    <message>
        <source>Free entry; uncheck to remove it</source>
        <translation>Свободная запись; снимите отметку, чтобы удалить её</translation>
    </message>
    <message>
        <source>{} (unknown code)</source>
        <translation>{} (неизвестный код)</translation>
    </message>
    <message>
        <source>Nothing checked. Items appear in the text in the order you check them.</source>
        <translation>Ничего не отмечено. Пункты появятся в тексте в том порядке, в котором вы их отмечаете.</translation>
    </message>
    <message>
        <source>In the text, in this order: {}</source>
        <translation>В тексте, в таком порядке: {}</translation>
    </message>
</context>
</TS>

## Command line: shared messages (src/cli/mod.rs), Arabic. Not yet checked by a translator.

cli-date-not-a-date = { $option }: «{ $value }» ليس تاريخًا. اكتب التاريخ هكذا YYYY-MM-DD، مثلًا 2025-03-27.
cli-date-bad-month = { $option }: «{ $value }» ليس تاريخًا حقيقيًا: يجب أن يكون الشهر من 01 إلى 12. اكتب التاريخ هكذا YYYY-MM-DD، مثلًا 2025-03-27.
cli-date-bad-day = { $option }: «{ $value }» ليس تاريخًا حقيقيًا: هذا الشهر فيه { $days } يومًا فقط. اكتب تاريخًا حقيقيًا هكذا YYYY-MM-DD.
cli-file-written = كُتب ملف التقويم: { $path }
cli-write-failed = تعذّرت كتابة الملف { $path }: { $error }. تأكّد من وجود المجلد ومن أنه مسموح لك بالكتابة فيه.

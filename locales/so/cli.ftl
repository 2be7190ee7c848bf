## Command line: shared messages (src/cli/mod.rs), Somali. Not yet checked by a translator.

cli-date-not-a-date = { $option }: “{ $value }” ma aha taariikh. Taariikhda u qor sida YYYY-MM-DD, tusaale ahaan 2025-03-27.
cli-date-bad-month = { $option }: “{ $value }” ma aha taariikh dhab ah: bishu waa inay ahaataa 01 ilaa 12. Taariikhda u qor sida YYYY-MM-DD, tusaale ahaan 2025-03-27.
cli-date-bad-day = { $option }: “{ $value }” ma aha taariikh dhab ah: bishaas waxay leedahay { $days } maalmood oo keliya. Qor taariikh dhab ah sida YYYY-MM-DD.
cli-file-written = Faylka jadwalka waa la qoray: { $path }
cli-write-failed = Faylka { $path } lama qori karo: { $error }. Hubi in galku jiro iyo inaad halkaas wax ku qori karto.

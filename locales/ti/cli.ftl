## Command line: shared messages (src/cli/mod.rs), Tigrinya. Not yet checked by a translator.

cli-date-not-a-date = { $option }: «{ $value }» ዕለት ኣይኮነን። ዕለት ብዚ መልክዕ ጽሓፍ YYYY-MM-DD፡ ንኣብነት 2025-03-27።
cli-date-bad-month = { $option }: «{ $value }» ሓቀኛ ዕለት ኣይኮነን፦ ወርሒ ካብ 01 ክሳብ 12 ክኸውን ኣለዎ። ዕለት ብዚ መልክዕ ጽሓፍ YYYY-MM-DD፡ ንኣብነት 2025-03-27።
cli-date-bad-day = { $option }: «{ $value }» ሓቀኛ ዕለት ኣይኮነን፦ እዚ ወርሒ { $days } መዓልቲ ጥራይ ኣለዎ። ሓቀኛ ዕለት ብዚ መልክዕ ጽሓፍ YYYY-MM-DD።
cli-file-written = ፋይል ዓውደ-ኣዋርሕ ተጻሒፉ፦ { $path }
cli-write-failed = ፋይል { $path } ክጽሓፍ ኣይከኣለን፦ { $error }። እቲ ፎልደር ከም ዘሎን ኣብኡ ክትጽሕፍ ፍቓድ ከም ዘለካን ኣረጋግጽ።

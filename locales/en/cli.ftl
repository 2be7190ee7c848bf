## Command line: shared messages (src/cli/mod.rs)

cli-date-not-a-date = { $option }: “{ $value }” is not a date. Write the date as YYYY-MM-DD, for example 2025-03-27.
cli-date-bad-month = { $option }: “{ $value }” is not a real date: the month must be 01 to 12. Write the date as YYYY-MM-DD, for example 2025-03-27.
cli-date-bad-day = { $option }: “{ $value }” is not a real date: that month has only { $days } days. Write a real calendar date as YYYY-MM-DD.
cli-file-written = Calendar file written: { $path }
cli-write-failed = Could not write the file { $path }: { $error }. Check that the folder exists and that you may write there.

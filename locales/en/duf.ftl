## DUF number (src/duf.rs, klagehjelp duf)

duf-label = DUF number
duf-ok = The format is right: 12 digits, starting with the year of the first application ({ $year }).
duf-warning-label = Note
duf-warning-checksum = The last two digits ({ $found }) do not match the check used in public statistics, which gives { $expected }. UDI publishes no checksum, and even UDI's own example (2012 586975 61) fails this check, so this is only a hint: check that you copied the number correctly.
duf-error-empty = The DUF number is empty. It has 12 digits, for example 2012 586975 61. You find it on letters from UDI and on the residence card.
duf-error-character = The DUF number can only have digits, spaces and dashes, but character { $position } is “{ $ch }”. Remove it and try again.
duf-error-length = A DUF number has 12 digits, but this one has { $count }. Check that you copied the whole number, for example 2012 586975 61.
duf-error-year = A DUF number starts with the year of the first application, but { $year } is not a possible year here (expected { $min } to { $max }). Check the first four digits.

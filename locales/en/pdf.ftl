pdf-error-font = The fonts that come with Klagehjelp could not be read ({ $detail }). Reinstall Klagehjelp, or report the problem.
pdf-error-write = The PDF file could not be made ({ $detail }). Try again, or use the text version of the letter.

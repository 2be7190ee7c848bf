# Attachments as files and the single PDF (klage + fullmakt + attachments).

## When a file cannot be attached
bundle-error-empty = “{ $file }” is empty. Choose the file again.
bundle-error-too-large = “{ $file }” is { $size } MB. Klagehjelp takes files of up to { $limit } MB, so that the combined PDF is not too big to send. Scan it again at a lower resolution (200 dpi is enough), or split the document into several files.
bundle-error-heic = “{ $file }” is a HEIC photo (iPhone), which Klagehjelp cannot read. Save the photo as JPEG: on an iPhone under Settings → Camera → Formats → “Most Compatible”, or e-mail the photo to yourself and choose JPEG.
bundle-error-unknown-type = “{ $file }” is not a PDF, JPEG or PNG. Save the document as PDF (Print → Save as PDF), or take a photo of it.
bundle-error-encrypted = “{ $file }” is protected by a password or locked. Open the file, choose Print → Save as PDF to make a copy without the lock, and attach the copy.
bundle-error-broken-pdf = “{ $file }” is not a complete PDF and cannot be read ({ $detail }). Save or scan the document again.
bundle-error-broken-image = The picture “{ $file }” cannot be read ({ $detail }). Take the photo again, or save it as JPEG.
bundle-error-too-many-pixels = The picture “{ $file }” is too big (over 100 megapixels). Save it at a smaller size.
bundle-error-too-many-pages = “{ $file }” has { $pages } pages. Klagehjelp takes up to { $limit } pages per file; split the document, or attach only the pages that matter for the case.
bundle-error-read = The file “{ $file }” could not be read ({ $error }). Has it been moved or deleted?

## In the combined PDF (in the letter's language)
bundle-stamp = Attachment { $n } – { $title } – { $name } – DUF { $duf } – page { $page } of { $pages }
bundle-list-title = Attachments in this file
bundle-list-item = { $title } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
bundle-list-missing = { $title } (not in this file)
bundle-outline-letter = The letter
bundle-outline-attachment = Attachment { $n }: { $title }
bundle-figure-alt = Attachment { $n }, { $title }, page { $page } of { $pages }: scanned document or photo.
bundle-not-pdfa = The combined file is a plain PDF, not PDF/A, because these attachments are not PDF/A: { $files }. The letter on its own is PDF/A.
bundle-no-files = No attachment has files yet. The combined PDF holds only the letter.

## Command line
bundle-cli-written = Combined PDF written to { $path } ({ $pages } pages, { $size } MB).
bundle-cli-split-written = { $count } files written to { $dir }.

## The app
ui-bundle-files = Files
ui-bundle-add-files = Add files …
ui-bundle-drop-hint = Or drag files here. PDF, JPEG or PNG, up to 25 MB per file.
ui-bundle-file-info = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $size } MB
ui-bundle-move-up = Move up
ui-bundle-move-down = Move down
ui-bundle-remove-file = Remove the file
ui-bundle-export = Make one PDF with attachments
ui-bundle-export-help = One PDF with the letter, the fullmakt and every attachment in order. Each attachment page gets its number, the name and the DUF number in the margin.
ui-bundle-progress = Making the combined PDF … { $done } of { $total }
ui-bundle-done = Combined PDF saved: { $pages } pages, { $size } MB.

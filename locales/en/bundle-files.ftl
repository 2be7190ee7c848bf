# Attached files kept with the case (copies in the case's own folder).

files-missing = Attachment { $n } ({ $title }): the file “{ $file }” is no longer there. Remove it from the attachment and add the file again.
files-copy-failed = Klagehjelp could not keep a copy of “{ $file }” with the case ({ $error }). Check that there is free space on the disk, then add the file again.
ui-files-missing = “{ $file }” is no longer there. Remove it and add the file again.
ui-files-kept = Klagehjelp keeps a copy of each file with the case, so you may move or delete the original. The copies are deleted with the case.
ui-files-not-in-handover = The attached files are not in the encrypted file: it holds the case only. Send the combined PDF or the files separately.
files-annotations-dropped = These files have filled-in form fields, comments or stamps that the combined PDF does not show: { $files }. Open each one, choose Print → Save as PDF, and attach that copy instead.

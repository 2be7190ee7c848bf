# Faylasha lifaaqa ah ee lala kaydiyo kiiska. Turjubaan ma hubin.

files-missing = Lifaaqa { $n } ({ $title }): faylka «{ $file }» hadda ma jiro. Ka saar lifaaqa oo mar kale ku dar faylka.
files-copy-failed = Klagehjelp ma kaydin karin nuqul ka mid ah «{ $file }» oo la socda kiiska ({ $error }). Hubi in meel bannaan ay ku jirto diskiga, kadibna mar kale ku dar faylka.
ui-files-missing = «{ $file }» hadda ma jiro. Ka saar oo mar kale ku dar faylka.
ui-files-kept = Klagehjelp wuxuu kiiska la kaydiyaa nuqul fayl kasta, sidaa darteed waad rari kartaa ama tirtiri kartaa faylka asalka ah. Nuqullada waxaa lala tirtiraa kiiska.
ui-files-not-in-handover = Faylasha lifaaqa ah kuma jiraan faylka sirta ah: wuxuu ka kooban yahay kiiska oo keliya. U dir PDF-ka la isku daray ama faylasha si gaar ah.
files-annotations-dropped = Faylashan waxay leeyihiin goobo foom oo la buuxiyay, faallooyin ama shaabadyo aan PDF-ka la isku daray muujin: { $files }. Fur mid kasta, dooro Daabac → U kaydi PDF ahaan, oo ku lifaaq nuqulkaas beddelkiisa.

# Short titles of the requirements and refusal grounds (src/law/render.rs). The letter
# names them, so they are kept apart from the rest of law.ftl and parsed on their own.

req-personkrets-title = ዝምድና ስድራቤት
req-alder18-title = ክልቲኦም 18 ዓመት ክኾኑ ኣለዎም
req-fireaarskrav-title = ኣርባዕተ ዓመት ስራሕ ወይ ትምህርቲ
req-alder24-title = ክልቲኦም 24 ዓመት ክኾኑ ኣለዎም
req-underhold_fremtidig-title = መጻኢ እቶት
req-underhold_tidligere-title = ሕሉፍ እቶት
req-sosialstonad-title = ኣብ ዝሓለፈ 12 ወርሒ ማሕበራዊ ሓገዝ የለን
req-bolig-title = ብሓባር ምንባርን ገዛን
ground-proforma-title = ንመንበሪ ዝተገብረ መርዓ (pro forma)
ground-tvangsekteskap-title = ግዳዊ መርዓ
ground-samtykke_referanseperson-title = ፍቓድ ናይቲ መወከሲ ሰብ
ground-mishandling-title = ሓደጋ ግፍዒ
ground-identitet-title = መንነት ብሰነድ ኣይተረጋገጸን
ground-soknad_fra_norge-title = ካብ ኖርወይ ዝቐረበ ሕቶ
ground-intervju_referanseperson-title = እቲ መወከሲ ሰብ ቃለ-መሕትት ክግበረሉ ኣለዎ
ground-tilknytning_tredjeland-title = ምትእስሳር ምስ ካልእ ሃገር
ground-returforutsetninger-title = ካብ ኖርወይ ክትወጽእ ምዃንካ ጥርጣረ
ground-ekteskap_ikke_gyldig-title = መርዓ ፍልጠት ኣይተዋህቦን

# Short titles of the requirements and refusal grounds (src/law/render.rs). The letter
# names them, so they are kept apart from the rest of law.ftl and parsed on their own.

req-personkrets-title = Family relation
req-alder18-title = Both must be 18
req-fireaarskrav-title = Four years of work or education
req-alder24-title = Both must be 24
req-underhold_fremtidig-title = Future income
req-underhold_tidligere-title = Past income
req-sosialstonad-title = No social assistance in the last 12 months
req-bolig-title = Living together and housing
ground-proforma-title = Marriage for residence (pro forma)
ground-tvangsekteskap-title = Forced marriage
ground-samtykke_referanseperson-title = The sponsor's consent
ground-mishandling-title = Risk of abuse
ground-identitet-title = Identity not documented
ground-soknad_fra_norge-title = Application from Norway
ground-intervju_referanseperson-title = The sponsor must be interviewed
ground-tilknytning_tredjeland-title = Ties to another country
ground-returforutsetninger-title = Doubt that you would leave Norway
ground-ekteskap_ikke_gyldig-title = Marriage not recognised

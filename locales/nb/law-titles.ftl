# Short titles of the requirements and refusal grounds (src/law/render.rs). The letter
# names them, so they are kept apart from the rest of law.ftl and parsed on their own.

req-personkrets-title = Familierelasjon
req-alder18-title = Begge må være 18 år
req-fireaarskrav-title = Fire års arbeid eller utdanning
req-alder24-title = Begge må være 24 år
req-underhold_fremtidig-title = Fremtidig inntekt
req-underhold_tidligere-title = Tidligere inntekt
req-sosialstonad-title = Ingen sosialhjelp de siste 12 månedene
req-bolig-title = Bo sammen og bolig
ground-proforma-title = Ekteskap for å få opphold (proforma)
ground-tvangsekteskap-title = Tvangsekteskap
ground-samtykke_referanseperson-title = Samtykke fra referansepersonen
ground-mishandling-title = Fare for mishandling
ground-identitet-title = Identiteten er ikke dokumentert
ground-soknad_fra_norge-title = Søknad fra Norge
ground-intervju_referanseperson-title = Referansepersonen må intervjues
ground-tilknytning_tredjeland-title = Tilknytning til et annet land
ground-returforutsetninger-title = Tvil om at du vil reise ut av Norge
ground-ekteskap_ikke_gyldig-title = Ekteskapet anerkjennes ikke

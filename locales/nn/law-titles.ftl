# Short titles of the requirements and refusal grounds (src/law/render.rs). The letter
# names them, so they are kept apart from the rest of law.ftl and parsed on their own.

req-personkrets-title = Familierelasjon
req-alder18-title = Begge må vere 18 år
req-fireaarskrav-title = Fire år med arbeid eller utdanning
req-alder24-title = Begge må vere 24 år
req-underhold_fremtidig-title = Framtidig inntekt
req-underhold_tidligere-title = Tidlegare inntekt
req-sosialstonad-title = Ingen sosialhjelp dei siste 12 månadene
req-bolig-title = Bu saman og bustad
ground-proforma-title = Ekteskap for å få opphald (proforma)
ground-tvangsekteskap-title = Tvangsekteskap
ground-samtykke_referanseperson-title = Samtykke frå referansepersonen
ground-mishandling-title = Fare for mishandling
ground-identitet-title = Identiteten er ikkje dokumentert
ground-soknad_fra_norge-title = Søknad frå Noreg
ground-intervju_referanseperson-title = Referansepersonen må intervjuast
ground-tilknytning_tredjeland-title = Tilknyting til eit anna land
ground-returforutsetninger-title = Tvil om at du vil reise ut av Noreg
ground-ekteskap_ikke_gyldig-title = Ekteskapet blir ikkje godkjent

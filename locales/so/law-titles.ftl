# Short titles of the requirements and refusal grounds (src/law/render.rs). The letter
# names them, so they are kept apart from the rest of law.ftl and parsed on their own.

req-personkrets-title = Xiriirka qoyska
req-alder18-title = Labaduba waa inay 18 jiraan
req-fireaarskrav-title = Afar sano oo shaqo ama waxbarasho ah
req-alder24-title = Labaduba waa inay 24 jiraan
req-underhold_fremtidig-title = Dakhliga mustaqbalka
req-underhold_tidligere-title = Dakhligii hore
req-sosialstonad-title = Gargaar bulsho ma jiro 12-kii bilood ee u dambeeyay
req-bolig-title = Wada noolaanshaha iyo guriga
ground-proforma-title = Guur loo galay deganaansho awgeed (pro forma)
ground-tvangsekteskap-title = Guur qasab ah
ground-samtykke_referanseperson-title = Oggolaanshaha qofka tixraaca
ground-mishandling-title = Khatarta xadgudubka
ground-identitet-title = Aqoonsiga lama caddayn
ground-soknad_fra_norge-title = Codsi laga sameeyay Norway
ground-intervju_referanseperson-title = Qofka tixraaca waa in la wareysto
ground-tilknytning_tredjeland-title = Xiriir waddan kale
ground-returforutsetninger-title = Shaki ah inaad ka bixi lahayd Norway
ground-ekteskap_ikke_gyldig-title = Guurka lama aqoonsan

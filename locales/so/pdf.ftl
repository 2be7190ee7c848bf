pdf-error-font = Farta la socota Klagehjelp lama akhrin karo ({ $detail }). Dib u rakib Klagehjelp, ama soo sheeg dhibaatada.
pdf-error-write = Faylka PDF lama samayn karo ({ $detail }). Mar kale isku day, ama isticmaal nooca qoraalka ee warqadda.

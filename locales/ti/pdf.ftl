pdf-error-font = እቶም ምስ Klagehjelp ዝመጹ ፊደላት ክንበቡ ኣይከኣሉን ({ $detail })። Klagehjelp ደጊምካ ኣእትዎ፡ ወይ ነቲ ጸገም ሓብር።
pdf-error-write = እቲ ፋይል PDF ክስራሕ ኣይከኣለን ({ $detail })። ደጊምካ ፈትን፡ ወይ ናይ ጽሑፍ ቅዳሕ ናይቲ ደብዳበ ተጠቐም።

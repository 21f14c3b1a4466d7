FROM	alpine
	RUN	echo	"tab	inside"
COPY		a	b

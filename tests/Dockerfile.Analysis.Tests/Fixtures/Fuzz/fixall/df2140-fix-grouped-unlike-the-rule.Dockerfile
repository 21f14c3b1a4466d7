FROM
RUN	0
RUN 0
RUN apt update&&apt install
RUN )
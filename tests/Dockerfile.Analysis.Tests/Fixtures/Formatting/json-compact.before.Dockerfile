FROM alpine
CMD [ "sh" ,"-c",   "echo  a,b" ]
ENTRYPOINT [ ]
SHELL ["/bin/sh","-c"]
RUN [ "a", \
   "b" ]
VOLUME [ "/data" ]

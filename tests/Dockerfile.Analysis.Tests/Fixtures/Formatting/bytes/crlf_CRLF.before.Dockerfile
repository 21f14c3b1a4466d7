FROM   alpine
RUN   apt-get update \
  && make   
# comment   


RUN <<EOF
  body  
EOF
CMD [ "a" ]

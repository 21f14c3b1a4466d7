FrOM
RUN
o
e
  FROM   alpine
RUN   a

FROM
RUN <<Y ${
RUN x}
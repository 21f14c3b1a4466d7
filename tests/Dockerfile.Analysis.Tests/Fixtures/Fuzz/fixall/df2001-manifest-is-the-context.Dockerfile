FROM
WORKDIR
COPY . .
RUN pip install -r.
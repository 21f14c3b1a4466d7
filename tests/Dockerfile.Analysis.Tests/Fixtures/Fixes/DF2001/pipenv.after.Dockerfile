FROM python:3.12-slim
WORKDIR /app
# pipenv itself
RUN pip install pipenv
COPY Pipfile Pipfile.lock ./
# install the locked dependencies
RUN pipenv install --deploy --system
# copy the application
COPY . .
CMD ["python", "app.py"]

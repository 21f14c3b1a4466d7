FROM python:3.12-slim
WORKDIR /app
# copy the application
COPY . .
# pipenv itself
RUN pip install pipenv
# install the locked dependencies
RUN pipenv install --deploy --system
CMD ["python", "app.py"]

FROM python:3.12-slim

# Credentials "just for the build" end up in the image history for everyone who pulls it.
ARG PIP_INDEX_PASSWORD=hunter2
ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
LABEL org.example.db-password="postgres123"

WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ ./app/

USER 10001
CMD ["python", "-m", "app"]

FROM debian:12
LABEL Version="1.0" com.docker.feature="x" org..example.app="y" org.example.app-="z"

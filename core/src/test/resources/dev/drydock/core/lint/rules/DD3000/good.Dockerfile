FROM node:22.11
WORKDIR /srv/app
WORKDIR $HOME/app
WORKDIR "/opt/my app"
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\app

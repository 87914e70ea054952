FROM	alpine:3.20   
	RUN	echo one   \  
		echo two	
  ENV	KEY	value with spaces   

	
CMD [ "sh" ]  	

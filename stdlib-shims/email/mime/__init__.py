"""MIME message classes: MIMEBase, MIMEMultipart, MIMENonMultipart, MIMEText, ..."""

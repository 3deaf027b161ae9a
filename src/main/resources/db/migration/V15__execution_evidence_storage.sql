-- Evidence files are PDF, DOCX, XLSX, JPG and PNG: compressed already, so PostgreSQL keeps them uncompressed out of
-- line (EXTERNAL), and a download reads them a chunk at a time with substring() without decompressing the whole file.
alter table execution_file alter column content set storage external;

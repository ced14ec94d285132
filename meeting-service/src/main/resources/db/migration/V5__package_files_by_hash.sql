-- Other services fetch a package PDF or manifest by its SHA-256 (GET /api/documents/{sha256}, ADR 27 and 40).
create index meeting_package_pdf_sha256 on meeting_package (pdf_sha256);
create index meeting_package_manifest_sha256 on meeting_package (manifest_sha256);

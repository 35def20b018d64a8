"""PL3xx, mentors and emails: how mentors are written, their handles, emails and LFIDs."""

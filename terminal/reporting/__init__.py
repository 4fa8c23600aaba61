"""The daily summary as files and paper: CSV (``summary_csv``), a one-page PDF with real text
and vector charts (``summary_pdf``, fpdf2) and the end-of-day slip for the receipt printer
(``summary_receipt``). Plain Python, no Qt: the ``loyalty`` command and the back office share
these renderers; the back office passes its own words (``labels``) and money format."""

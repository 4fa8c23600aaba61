"""Receipt printers, their status, the persistent print queue and the spooler."""

from hardware.printing.job_store import PrintJob, PrintJobStore, SqlitePrintJobStore
from hardware.printing.printer import EscposPrinter, PrintResult, ReceiptPrinter, SimPrinter
from hardware.printing.spooler import JobState, PrintJobEvent, PrintSpooler
from hardware.printing.status import PrinterStatus

__all__ = [
    "ReceiptPrinter", "EscposPrinter", "SimPrinter", "PrintResult", "PrinterStatus", "PrintJob", "PrintJobStore",
    "SqlitePrintJobStore", "PrintSpooler", "PrintJobEvent", "JobState",
]

"""The round journal: every answer written to disk as it is graded, before anything else.

Each round played on this machine (solo, daily, review, hot-seat, every player of a live
room, a live player's own game) has one small file, ``$QUIZCLI_HOME/journal/<uid>.jsonl``:
a header line naming the round, one line per graded answer, an end line. Each line is
flushed and fsync'd before the player sees the answer's feedback. The round is then stored
from what the journal holds; the file is removed only once the store has the round. A file
left behind (a SIGKILL, a crash, a power cut, a server that never answered) is stored by the
next command that opens the store, exactly once by the round's uid.

- :mod:`quizcli.journal.log`: the files (writing, locking, reading torn lines).
- :mod:`quizcli.journal.entry`: a journal file (or an old rescue file) as the rows a store
  keeps.
- :mod:`quizcli.journal.replay`: storing an entry, and finishing every file left behind.

No terminal I/O here: the commands say what happened (quizcli.commands.journaling).
"""

"""The online facts stage: what a run learns from outside its files (HTTP, GitHub's API, DNS, the LFX
mentor registry), gathered into the plain types of `facts` before any rule runs.

Importing this package is cheap; `requests` and `rich` load only in the modules that fetch. Nothing
here imports the rules, the run context or the engine: the engine calls the stage and hands the
facts to the rules.
"""

from postlint.cli.start import main

main()

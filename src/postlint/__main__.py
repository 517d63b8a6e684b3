from postlint.start import main

main()

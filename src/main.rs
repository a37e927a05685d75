//! The binary only parses the command line and hands over to the library.

fn main() -> std::process::ExitCode {
    showfloor::cli::main()
}

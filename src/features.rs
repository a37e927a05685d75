//! Features over a [`crate::catalog::Catalog`], shared by the browser and the command line:
//! none draws or touches a terminal.

pub mod compare;
pub mod diff;
pub mod facet;
pub mod floor;
pub mod graph;
pub mod interest;
pub mod plan;

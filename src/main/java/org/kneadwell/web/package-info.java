/** The layout, home pages, error handling and route access enforcement that every page and API call shares. */
package org.kneadwell.web;
